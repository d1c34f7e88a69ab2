using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Buurtpunt.Web.Data;

/// <summary>
/// Tells a real duplicate from every other failed save. Only a unique-key violation on the very index a
/// caller names means "already there"; a locked, read-only or unreachable database is no answer about
/// the data and must reach the 503 page (<see cref="DatabaseUnavailable"/>) instead.
/// </summary>
public static partial class UniqueKey
{
    private const int SqliteConstraint = 19, SqliteConstraintPrimaryKey = 1555, SqliteConstraintUnique = 2067;

    /// <summary>
    /// Whether the save failed because a row with the same values exists in the unique index of
    /// <typeparamref name="TEntity"/> over <paramref name="properties"/> (as declared with HasIndex).
    /// </summary>
    public static bool IsViolated<TEntity>(this DbUpdateException exception, DbContext db, params string[] properties)
    {
        var index = db.Model.FindEntityType(typeof(TEntity))?.GetIndexes()
            .SingleOrDefault(i => i.IsUnique && i.Properties.Select(p => p.Name).SequenceEqual(properties))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no unique index over {string.Join(", ", properties)}.");
        return exception.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.ConstraintName == index.GetDatabaseName(),
            // SQLite names the columns, not the index: "UNIQUE constraint failed: Supports.ApplicationId, Supports.AddressKey".
            SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } sqlite =>
                FailedColumns().Match(sqlite.Message) is { Success: true } failed
                && failed.Groups[1].Value.Split(", ").SequenceEqual(index.Properties.Select(p => $"{index.DeclaringEntityType.GetTableName()}.{p.GetColumnName()}")),
            _ => false,
        };
    }

    [GeneratedRegex("constraint failed: ([^']+)'")]
    private static partial Regex FailedColumns();
}
