using System.Data.Common;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Buurtpunt.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseModule
{
    /// <summary>
    /// Registers the context for the configured provider (<c>Database:Provider</c>, SQLite by
    /// default) and exposes it as <see cref="AppDbContext"/> to the rest of the app. Every
    /// <see cref="IInterceptor"/> a module registers joins the context (Search keeps its index so).
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Buurtpunt");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Buurtpunt is empty.");
            services.AddDbContext<PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString, npgsql => npgsql.ExecutionStrategy(d => new RetryOutsideTransactions(d)))
                .AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            // How long a write waits for another writer's lock before the request gets the 503 page.
            // Writes here take milliseconds: a lock held for seconds is a backup or a stuck process, and
            // a person should hear "try again in a minute" rather than watch a page load for half a minute.
            var busyTimeout = configuration.GetValue("Database:BusyTimeoutSeconds", 10);
            var sqlite = new SqliteConnectionStringBuilder(connectionString ?? $"Data Source={Path.Combine(DataFolder.Resolve(configuration, environment), "buurtpunt.db")}")
            {
                DefaultTimeout = busyTimeout, // Microsoft.Data.Sqlite retries a busy command (and BEGIN IMMEDIATE) this long
            };
            services.AddDbContext<SqliteAppDbContext>((sp, o) => o.UseSqlite(sqlite.ConnectionString).AddInterceptors(new SqlitePragmas(busyTimeout))
                .AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        services.AddExceptionHandler<DatabaseUnavailable.Handler>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>();
        services.AddTenantReferences();
        return services;
    }

    /// <summary>Applies the migrations of the configured provider, then seeds the demo if asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL survives in the file; set once so readers never wait for the writer.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlAsync($"PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync();
        if (app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment()))
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(app.Configuration.GetValue("Demo:Scale", 1));
    }

    /// <summary>Per-connection settings: durable commits and waiting instead of failing on a busy file.</summary>
    private sealed class SqlitePragmas(int busyTimeoutSeconds) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            if (connection is not SqliteConnection) return;
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA foreign_keys=ON;";
            command.ExecuteNonQuery();
        }
    }
}

/// <summary>Where the SQLite file and uploaded photos live: <c>Storage:DataPath</c>, by default <c>data/</c> beside the app.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["Storage:DataPath"] ?? "data";
        var full = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        Directory.CreateDirectory(full);
        return full;
    }
}
