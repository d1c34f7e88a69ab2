using Buurtpunt.Testing;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Buurtpunt.Web.Tests.Features.Demo;

/// <summary>The demo is a loop over the features' seeds: one per feature that has demo rows, run once, in order.</summary>
public class DemoSeedTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static readonly string[] ExpectedOrder =
        ["PlacesDemo", "PeopleDemo", "QuestionsDemo", "NewsDemo", "ActivitiesDemo", "HelpDemo", "InitiativesDemo"];

    [Fact]
    public async Task Each_feature_with_demo_rows_has_exactly_one_seed_in_its_own_folder()
    {
        var seeds = factory.Services.CreateScope().ServiceProvider.GetServices<IDemoSeed>().ToList();
        var seeded = await factory.WithDbAsync(async db =>
        {
            var counts = await RowCountsAsync(db);
            return db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is { } table && counts[table] > 0)
                .Select(e => FeatureOf(e.ClrType)).OfType<string>()
                .Where(f => f != "Search") // its documents are derived from other features' rows by the indexer
                .ToHashSet();
        });

        Assert.Equal(seeded.Order(), seeds.Select(s => FeatureOf(s.GetType())!).Order());
        Assert.All(seeds, s => Assert.Equal($"{FeatureOf(s.GetType())}Demo", s.GetType().Name));
        Assert.Equal(seeds.Count, seeds.Select(s => s.Order).Distinct().Count());
    }

    [Fact]
    public async Task The_seeds_run_once_each_by_their_order_and_a_second_seeding_adds_nothing()
    {
        await using var empty = new UnseededFactory();
        using var scope = empty.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        Assert.False(await db.Municipalities.IgnoreQueryFilters().AnyAsync());
        var ran = new List<string>();
        // Given last to first, so only their Order can put them right.
        var seeds = services.GetServices<IDemoSeed>().Reverse().Select(s => new Recorded(s, ran)).ToList();
        var seeder = new DemoSeeder(db, seeds, services.GetRequiredService<MunicipalClock>(), services.GetRequiredService<ILogger<DemoSeeder>>());

        await seeder.SeedIfEmptyAsync(1, TestContext.Current.CancellationToken);
        Assert.Equal(ExpectedOrder, ran);
        Assert.True(await db.Calls.IgnoreQueryFilters().AnyAsync(c => c.Title == DemoSeeder.DemoCallTitle)); // the last seed found what the first ones made
        var counts = await RowCountsAsync(db);

        await seeder.SeedIfEmptyAsync(1, TestContext.Current.CancellationToken);
        Assert.Equal(ExpectedOrder, ran);
        Assert.Equal(counts, await RowCountsAsync(db));
    }

    /// <summary>"Questions" for a type in Buurtpunt.Web.Features.Questions (or below); null outside the features.</summary>
    private static string? FeatureOf(Type type) =>
        type.Namespace?.StartsWith("Buurtpunt.Web.Features.", StringComparison.Ordinal) == true ? type.Namespace.Split('.')[3] : null;

    private static async Task<Dictionary<string, long>> RowCountsAsync(AppDbContext db)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var counts = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return counts;
    }

    private sealed class Recorded(IDemoSeed seed, List<string> ran) : IDemoSeed
    {
        public int Order => seed.Order;

        public Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
        {
            ran.Add(seed.GetType().Name);
            return seed.SeedAsync(scene, cancellationToken);
        }
    }

    /// <summary>The app on an empty database: the demo is not seeded at start.</summary>
    private sealed class UnseededFactory : BuurtpuntFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "false");
        }
    }
}
