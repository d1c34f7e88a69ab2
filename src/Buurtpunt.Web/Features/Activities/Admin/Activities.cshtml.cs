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

    /// <summary>Per point, the last 90 days: dates held (not cancelled), people registered, people who came (as ticked).</summary>
    public sealed record PointStatistics(string Point, int Dates, int Registered, int Came, int Ticked);

    public List<PointStatistics> Statistics { get; private set; } = [];

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
        var since = now.AddDays(-90);
        var held = db.Occurrences.AsNoTracking().Where(o => o.StartUtc >= since && o.StartUtc < now && o.CancelledUtc == null && o.Activity!.PointId != null);
        if (areas is not null) held = held.Where(o => areas.Contains(o.Activity!.AreaId));
        var dates = await held.GroupBy(o => o.Activity!.PointId!.Value)
            .Select(g => new { Point = g.Key, Dates = g.Count(), Registered = g.Sum(o => o.Taken) }).ToListAsync(cancellationToken);
        var came = await (from r in db.Registrations.AsNoTracking()
                          join o in held on r.OccurrenceId equals o.Id
                          where r.Attended != null
                          group r by o.Activity!.PointId!.Value into g
                          select new { Point = g.Key, Came = g.Sum(r => r.Attended == true ? r.People : 0), Ticked = g.Count() }).ToListAsync(cancellationToken);
        var pointIds = dates.Select(d => d.Point).ToList();
        var names = await db.Points.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        Statistics = dates.Select(d => (d, c: came.FirstOrDefault(c => c.Point == d.Point)))
            .Select(x => new PointStatistics(names[x.d.Point], x.d.Dates, x.d.Registered, x.c?.Came ?? 0, x.c?.Ticked ?? 0))
            .OrderBy(x => x.Point).ToList();
        Items = rows.Select(a => new Row(a.Id, a.Title, a.Area, a.Next?.StartUtc, a.Next?.Id, a.Next?.Taken ?? 0)).ToList();
    }
}
