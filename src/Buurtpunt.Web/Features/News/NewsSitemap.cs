using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News;

/// <summary>Every area's news page, the news pages of points that publish news, and every published item.</summary>
public sealed class NewsSitemap(AppDbContext db) : ISitemapSource
{
    public async Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken)
    {
        var items = await db.NewsItems.AsNoTracking().Where(n => n.PublishedUtc <= places.UtcNow).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(cancellationToken);
        return places.AreaSlugs.Select(s => $"/gebied/{s}/nieuws").Concat(places.PointsWith(PointModules.News).Select(s => $"/punt/{s}/nieuws"))
            .Concat(items.Select(id => $"/nieuws/{id}"));
    }
}
