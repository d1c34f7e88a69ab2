using Npgsql;

namespace Buurtpunt.Testing;

/// <summary>
/// A fresh, real database for one factory: a new SQLite file, or a new database on the
/// PostgreSQL that scripts/test.sh starts (BUURTPUNT_TEST_DB=Postgres).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataPath { get; }
    private readonly string? _postgresName;

    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("BUURTPUNT_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public TestDatabase()
    {
        DataPath = Directory.CreateTempSubdirectory("buurtpunt-test-").FullName;
        if (UsePostgres)
        {
            var admin = Environment.GetEnvironmentVariable("BUURTPUNT_TEST_PG")
                ?? throw new InvalidOperationException("BUURTPUNT_TEST_DB=Postgres needs BUURTPUNT_TEST_PG (scripts/test.sh sets it).");
            _postgresName = "bp_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(admin))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE {_postgresName}", connection);
                command.ExecuteNonQuery();
            }
            Provider = "Postgres";
            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            Provider = "Sqlite";
            ConnectionString = $"Data Source={Path.Combine(DataPath, "buurtpunt.db")}";
        }
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("BUURTPUNT_TEST_PG"));
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
