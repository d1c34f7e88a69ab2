using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Desk;

/// <summary>
/// The neighbour matcher for one area: every open request of the area against every approved,
/// available volunteer of the municipality, solved at once (<see cref="Matcher"/>), with why each
/// pair was chosen and why a request found no one. Homes are placed at their area's point (there
/// is no geocoding offline). This is the proposal; sending it to volunteers comes next.
/// </summary>
public class MatcherModel(AppDbContext db, Audit audit) : PageModel
{
    public sealed record RequestInfo(int Id, HelpKind Kind, string Requester, DateOnly Date, int RepeatWeeks);

    public List<(int Id, string Name, string Slug)> Areas { get; private set; } = [];
    public string? AreaSlug { get; private set; }
    public Proposal? Proposal { get; private set; }
    public Dictionary<int, RequestInfo> Requests { get; private set; } = [];
    public Dictionary<int, string> VolunteerNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "gebied")] string? gebied, CancellationToken cancellationToken)
    {
        var reach = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var areas = db.Areas.AsNoTracking();
        if (reach is not null) areas = areas.Where(a => reach.Contains(a.Id));
        Areas = (await areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name, a.Slug }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Name, a.Slug)).ToList();
        if (gebied is null) return Page();
        var area = Areas.FirstOrDefault(a => a.Slug == gebied);
        if (area.Slug is null) return NotFound();
        AreaSlug = area.Slug;

        // Where people live and meet, as far as we know without an address lookup: their area's point.
        var places = (await db.Points.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.AreaId, p.Latitude, p.Longitude }).ToListAsync(cancellationToken));
        var areaPlace = places.GroupBy(p => p.AreaId).ToDictionary(g => g.Key, g => new GeoPoint(g.First().Latitude, g.First().Longitude));
        var pointPlace = places.ToDictionary(p => p.Id, p => new GeoPoint(p.Latitude, p.Longitude));
        if (!areaPlace.TryGetValue(area.Id, out var here)) here = new GeoPoint(0, 0);

        var open = await db.HelpRequests.AsNoTracking().Where(r => r.AreaId == area.Id && r.Status == HelpStatus.Open).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => open.Select(r => r.RequesterId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Requests = open.ToDictionary(r => r.Id, r => new RequestInfo(r.Id, r.Kind, names.GetValueOrDefault(r.RequesterId, ""), r.Date, r.RepeatWeeks));
        var requests = open.Select(r => new MatchRequest(r.Id, r.Kind, r.Windows(), r.Minutes,
            r.PointId is { } point && pointPlace.TryGetValue(point, out var at) ? at : here, r.AreaId, r.Language, r.Needs)).ToList();

        var volunteers = await db.Volunteers.AsNoTracking().Where(v => v.ApprovedUtc != null && !v.Paused).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        VolunteerNames = await db.Users.AsNoTracking().Where(u => volunteers.Select(v => v.UserId).Contains(u.Id))
            .Join(db.Volunteers, u => u.Id, v => v.UserId, (u, v) => new { v.Id, u.DisplayName }).ToDictionaryAsync(x => x.Id, x => x.DisplayName, cancellationToken);
        var candidates = volunteers.Select(v => v.ToMatch(areaPlace.GetValueOrDefault(v.AreaId, here), activeRequests: 0, minutesTaken: 0)).ToList();

        Proposal = Matcher.Propose(requests, candidates);
        await audit.RecordAsync(AuditActions.HelpRequestsListed, details: $"matcher {area.Slug}", cancellationToken: cancellationToken);
        return Page();
    }
}
