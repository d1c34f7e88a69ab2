using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Shared;

public class DatabaseSettingsTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_full_sync_and_a_busy_timeout()
    {
        Assert.SkipWhen(factory.Provider != "Sqlite", "PRAGMAs exist on SQLite only; the PostgreSQL run covers the other provider.");
        var (journal, synchronous, timeout) = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var journal = (await db.Database.SqlQuery<string>($"PRAGMA journal_mode").ToListAsync()).Single();
            var synchronous = (await db.Database.SqlQuery<int>($"PRAGMA synchronous").ToListAsync()).Single();
            var timeout = (await db.Database.SqlQuery<int>($"PRAGMA busy_timeout").ToListAsync()).Single();
            return (journal, synchronous, timeout);
        });
        Assert.Equal("wal", journal);
        Assert.Equal(2, synchronous); // FULL
        Assert.Equal(10_000, timeout); // Database:BusyTimeoutSeconds, then the 503 page
    }
}
