using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>The calls and the showcase of realised projects.</summary>
public sealed class InitiativesSitemap(AppDbContext db) : ISitemapSource
{
    public async Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var realised = await db.Applications.AsNoTracking().Where(a => ApplicationFlow.Realised.Contains(a.Status)).OrderBy(a => a.Id)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        return calls.Select(id => $"/oproep/{id}").Prepend("/oproepen").Append("/realisaties").Concat(realised.Select(id => $"/realisatie/{id}"));
    }
}
