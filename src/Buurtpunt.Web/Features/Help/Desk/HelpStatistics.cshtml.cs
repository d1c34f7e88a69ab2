using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Desk;

/// <summary>
/// Neighbour help in figures, per area the worker serves, for requests asked in the last
/// <see cref="Days"/> days: how many of each kind, the share a volunteer said yes to, how long
/// people waited for that yes (median), and the hours volunteers gave. No names: counts only.
/// Four queries, whatever the number of requests or areas.
/// </summary>
public class HelpStatisticsModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public const int Days = 365;

    public sealed record AreaFigures(string Area, IReadOnlyDictionary<HelpKind, int> ByKind, int Requests, int Counted, int Matched,
        double? MedianDaysToMatch, double VolunteerHours, int Volunteers)
    {
        public int MatchedPercent => Counted == 0 ? 0 : (int)Math.Round(100.0 * Matched / Counted);
    }

    public List<AreaFigures> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reach = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var since = clock.UtcNow.AddDays(-Days);
        var areas = db.Areas.AsNoTracking();
        if (reach is not null) areas = areas.Where(a => reach.Contains(a.Id));
        var areaList = await areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var ids = areaList.Select(a => a.Id).ToList();

        var requests = db.HelpRequests.AsNoTracking().Where(r => ids.Contains(r.AreaId) && r.CreatedUtc >= since);
        var counts = await requests.GroupBy(r => new { r.AreaId, r.Kind, r.Status })
            .Select(g => new { g.Key.AreaId, g.Key.Kind, g.Key.Status, Count = g.Count(), Minutes = g.Sum(r => r.Minutes * r.RepeatWeeks) })
            .ToListAsync(cancellationToken);
        // The first yes per request, for the share matched and the waiting time.
        var firstYes = await requests.Join(db.HelpEvents.Where(e => e.Step == HelpStep.Accept), r => r.Id, e => e.RequestId, (r, e) => new { r.Id, r.AreaId, r.CreatedUtc, r.Status, e.AtUtc })
            .GroupBy(x => new { x.Id, x.AreaId, x.CreatedUtc, x.Status }).Select(g => new { g.Key.AreaId, g.Key.CreatedUtc, g.Key.Status, At = g.Min(x => x.AtUtc) })
            .ToListAsync(cancellationToken);
        var volunteers = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.AreaId) && v.ApprovedUtc != null && !v.Paused)
            .GroupBy(v => v.AreaId).Select(g => new { AreaId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.AreaId, g => g.Count, cancellationToken);

        foreach (var area in areaList)
        {
            var mine = counts.Where(c => c.AreaId == area.Id).ToList();
            var matched = firstYes.Where(f => f.AreaId == area.Id).ToList();
            var yes = matched.Select(f => (f.At - f.CreatedUtc).TotalDays).Order().ToList();
            var total = mine.Sum(c => c.Count);
            // A request cancelled before anyone said yes says nothing about matching: it is left out of the share.
            var cancelledUnmatched = mine.Where(c => c.Status == HelpStatus.Cancelled).Sum(c => c.Count) - matched.Count(f => f.Status == HelpStatus.Cancelled);
            Areas.Add(new AreaFigures(area.Name,
                mine.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
                total, total - cancelledUnmatched, yes.Count, Median(yes),
                mine.Where(c => c.Status == HelpStatus.Done).Sum(c => c.Minutes) / 60.0,
                volunteers.GetValueOrDefault(area.Id)));
        }
    }

    public static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
