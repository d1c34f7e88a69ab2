using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>The agendas (municipality, areas, points with activities) and the dates of the coming two months.</summary>
public sealed class ActivitiesSitemap(AppDbContext db) : ISitemapSource
{
    public async Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken)
    {
        var now = places.UtcNow;
        // Further dates are reached from the agenda.
        var dates = await db.Occurrences.AsNoTracking().Where(o => o.EndUtc >= now && o.StartUtc < now.AddDays(62)).OrderBy(o => o.Id)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        return places.AreaSlugs.Select(s => $"/gebied/{s}/agenda").Concat(places.PointsWith(PointModules.Activities).Select(s => $"/punt/{s}/agenda"))
            .Concat(dates.Select(id => $"/activiteit/{id}")).Prepend("/agenda");
    }
}
