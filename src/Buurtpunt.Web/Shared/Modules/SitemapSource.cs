using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Buurtpunt.Web.Shared.Modules;

/// <summary>
/// A feature's public pages for <c>/sitemap.xml</c> of the current municipality (the query filters
/// select it): paths such as <c>/punt/runkelen/agenda</c>, in the order they should be listed.
/// </summary>
public interface ISitemapSource
{
    Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken);
}

/// <summary>The areas and points every source hangs its pages on, read once per sitemap.</summary>
public sealed record SitemapPlaces(DateTime UtcNow, IReadOnlyList<string> AreaSlugs, IReadOnlyList<SitemapPlaces.Point> Points)
{
    public sealed record Point(string Slug, Features.Places.PointModules Modules);

    public IEnumerable<string> PointsWith(Features.Places.PointModules module) => Points.Where(p => (p.Modules & module) != 0).Select(p => p.Slug);
}

public static class SitemapSources
{
    public static IServiceCollection AddSitemapSource<T>(this IServiceCollection services) where T : class, ISitemapSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ISitemapSource, T>());
        return services;
    }
}
