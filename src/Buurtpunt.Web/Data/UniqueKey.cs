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
    /// Whether the save failed because a row with the same values exists in the unique index (as declared
    /// with HasIndex) or the key of <typeparamref name="TEntity"/> over <paramref name="properties"/>.
    /// </summary>
    public static bool IsViolated<TEntity>(this DbUpdateException exception, DbContext db, params string[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        bool Over(IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty> columns) => columns.Select(c => c.Name).SequenceEqual(properties);
        var (name, columns) = entity.GetIndexes().SingleOrDefault(i => i.IsUnique && Over(i.Properties)) is { } index
            ? (index.GetDatabaseName(), index.Properties)
            : entity.GetKeys().SingleOrDefault(k => Over(k.Properties)) is { } key
                ? (key.GetName(), key.Properties)
                : throw new InvalidOperationException($"{typeof(TEntity).Name} has no unique index or key over {string.Join(", ", properties)}.");
        return exception.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.ConstraintName == name,
            // SQLite names the columns, not the index: "UNIQUE constraint failed: Supports.ApplicationId, Supports.AddressKey".
            SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } sqlite =>
                FailedColumns().Match(sqlite.Message) is { Success: true } failed
                && failed.Groups[1].Value.Split(", ").SequenceEqual(columns.Select(p => $"{entity.GetTableName()}.{p.GetColumnName()}")),
            _ => false,
        };
    }

    [GeneratedRegex("constraint failed: ([^']+)'")]
    private static partial Regex FailedColumns();
}
