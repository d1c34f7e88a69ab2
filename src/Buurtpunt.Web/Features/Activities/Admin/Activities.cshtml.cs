using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities.Admin;

/// <summary>The activities of the areas this person tends that still have dates to come, soonest first.</summary>
public class ActivitiesModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    private const int MaxShown = 200;

    public sealed record Row(int Id, string Title, string Area, DateTime? NextUtc, int? NextId, int Registered);

    public List<Row> Items { get; private set; } = [];
    public List<(string Name, string Slug)> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var areas = User.AreasFor(AreaScopeHandler.Tenders);
        var query = db.Activities.AsNoTracking();
        if (areas is not null) query = query.Where(a => areas.Contains(a.AreaId));
        var rows = await query
            .Select(a => new
            {
                a.Id, a.Title, Area = db.Areas.Where(x => x.Id == a.AreaId).Select(x => x.Name).First(),
                Next = a.Occurrences.Where(o => o.StartUtc >= now && o.CancelledUtc == null).OrderBy(o => o.StartUtc).Select(o => new { o.Id, o.StartUtc, o.Taken }).FirstOrDefault(),
            })
            .Where(a => a.Next != null)
            .OrderBy(a => a.Next!.StartUtc).Take(MaxShown)
            .ToListAsync(cancellationToken);
        var tended = db.Areas.AsNoTracking();
        if (areas is not null) tended = tended.Where(a => areas.Contains(a.Id));
        Areas = (await tended.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Take(MaxShown).Select(a => new { a.Name, a.Slug }).ToListAsync(cancellationToken))
            .Select(a => (a.Name, a.Slug)).ToList();
        Items = rows.Select(a => new Row(a.Id, a.Title, a.Area, a.Next?.StartUtc, a.Next?.Id, a.Next?.Taken ?? 0)).ToList();
    }
}
