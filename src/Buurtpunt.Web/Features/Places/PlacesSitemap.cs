using Buurtpunt.Web.Shared.Modules;

namespace Buurtpunt.Web.Features.Places;

/// <summary>Every area's and every point's page.</summary>
public sealed class PlacesSitemap : ISitemapSource
{
    public Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken) =>
        Task.FromResult(places.AreaSlugs.Select(s => $"/gebied/{s}").Concat(places.Points.Select(p => $"/punt/{p.Slug}")));
}
