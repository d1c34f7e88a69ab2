using Buurtpunt.Web.Features.Demo;

namespace Buurtpunt.Web.Shared.Modules;

/// <summary>
/// A feature's part of the demo (Decidim's seeds): the rows the feature owns, written once on an
/// empty database. <see cref="DemoSeeder"/> runs every registered seed, lowest <see cref="Order"/>
/// first, and saves after each; a seed finds what earlier seeds made in the <see cref="DemoScene"/>.
/// </summary>
public interface IDemoSeed
{
    /// <summary>When the seed runs: Places' municipalities and areas first, then People, then what hangs on them.</summary>
    int Order { get; }

    Task SeedAsync(DemoScene scene, CancellationToken cancellationToken);
}

public static class DemoSeeds
{
    /// <summary>Adds a feature's demo seed (one per feature), called from its <c>Add&lt;Feature&gt;()</c>.</summary>
    public static IServiceCollection AddDemoSeed<T>(this IServiceCollection services) where T : class, IDemoSeed =>
        services.AddScoped<IDemoSeed, T>();
}
