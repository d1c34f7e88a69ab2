using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Help.Desk;

/// <summary>
/// The neighbour matcher for one area: every open request of the area against every approved,
/// available volunteer of the municipality, solved at once (<see cref="Matcher"/>), with why each
/// pair was chosen and why a request found no one. The worker may change any pair to another
/// volunteer who can help (or to no one) and confirms: the pairs are proposed to the volunteers
/// (<see cref="HelpWork.ProposeAsync"/>). Homes are placed at their area's point (no geocoding offline).
/// </summary>
public class MatcherModel(AppDbContext db, HelpWork work, Audit audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record RequestInfo(int Id, HelpKind Kind, string Requester, DateOnly Date, int RepeatWeeks);

    /// <summary>A volunteer who can take a request, with the distance and whether it is the proposal.</summary>
    public sealed record Option(int VolunteerId, string Name, double DistanceKm, bool Proposed);

    public List<(int Id, string Name, string Slug)> Areas { get; private set; } = [];
    public string? AreaSlug { get; private set; }
    public Proposal? Proposal { get; private set; }
    public Dictionary<int, RequestInfo> Requests { get; private set; } = [];
    public Dictionary<int, string> VolunteerNames { get; private set; } = [];
    public Dictionary<int, List<Option>> Options { get; private set; } = [];
    public List<string> Problems { get; private set; } = [];

    /// <summary>The worker's choice per request id: a volunteer id, or empty for no one this round.</summary>
    [BindProperty] public Dictionary<int, int?> Pick { get; set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "gebied")] string? areaSlug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(areaSlug, cancellationToken) is { } refusal) return refusal;
        if (Proposal is not null)
            await audit.RecordAsync(AuditActions.HelpRequestsListed, details: $"matcher {AreaSlug}", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery(Name = "gebied")] string? areaSlug, CancellationToken cancellationToken)
    {
        var picks = Pick.Where(p => p.Value is not null).Select(p => (Request: p.Key, Volunteer: p.Value!.Value)).ToList();
        if (areaSlug is null) return NotFound();
        if (await LoadAsync(areaSlug, cancellationToken) is { } refusal) return refusal;
        var choices = new List<HelpWork.Choice>();
        foreach (var (request, volunteer) in picks)
        {
            // Only a pair the matcher found feasible now: open, in this area, and within the volunteer's limits.
            if (!Requests.ContainsKey(request)) Problems.Add(l["Matcher.NoLongerOpen", request]);
            else if (Options[request].FirstOrDefault(o => o.VolunteerId == volunteer) is not { } option) Problems.Add(l["Matcher.NotFeasible", Label(request)]);
            else choices.Add(new HelpWork.Choice(request, volunteer, option.DistanceKm));
        }
        if (picks.Count == 0) Problems.Add(l["Matcher.NothingPicked"]);
        foreach (var over in choices.GroupBy(c => c.VolunteerId).Where(g => g.Count() > Capacity(g.Key)))
            Problems.Add(l["Matcher.TooMany", VolunteerNames[over.Key], Capacity(over.Key)]);
        if (Problems.Count > 0) return this.InvalidPage();

        var problems = await work.ProposeAsync(choices, User.PersonId(), cancellationToken);
        if (problems.Count > 0)
        {
            // Someone else changed a request or a volunteer meanwhile: nothing was sent; show the new proposal.
            await LoadAsync(areaSlug, cancellationToken);
            // A request that is still open is named by what and who; one that is not, by its number.
            Problems.AddRange(problems.Select(p => l[p.Result.Reason ?? "Matcher.NoLongerOpen",
                p.Result.Reason is not null && Requests.ContainsKey(p.RequestId) ? Label(p.RequestId) : p.RequestId.ToString()].Value));
            return this.StatusPage(problems[0].Result);
        }
        TempData["Notice"] = "Matcher.Sent";
        return Redirect($"/balie/burenmatcher?gebied={Uri.EscapeDataString(areaSlug)}");
    }

    public string Label(int requestId) => $"{l[$"HelpKind.{Requests[requestId].Kind}"]} · {Requests[requestId].Requester}";

    private Matcher.Round? _round;
    private List<MatchVolunteer> _volunteers = [];

    private int Capacity(int volunteerId) => _round!.Capacities[_volunteers.FindIndex(v => v.Id == volunteerId)];

    private async Task<IActionResult?> LoadAsync(string? areaSlug, CancellationToken cancellationToken)
    {
        var reach = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var areas = db.Areas.AsNoTracking();
        if (reach is not null) areas = areas.Where(a => reach.Contains(a.Id));
        Areas = (await areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name, a.Slug }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Name, a.Slug)).ToList();
        if (areaSlug is null) return null;
        var area = Areas.FirstOrDefault(a => a.Slug == areaSlug);
        if (area.Slug is null) return NotFound();
        AreaSlug = area.Slug;

        // Where people live and meet, as far as we know without an address lookup: their area's point.
        var places = await db.Points.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.AreaId, p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
        var areaPlace = places.GroupBy(p => p.AreaId).ToDictionary(g => g.Key, g => new GeoPoint(g.First().Latitude, g.First().Longitude));
        var pointPlace = places.ToDictionary(p => p.Id, p => new GeoPoint(p.Latitude, p.Longitude));
        if (!areaPlace.TryGetValue(area.Id, out var here)) here = new GeoPoint(0, 0);

        var open = await db.HelpRequests.AsNoTracking().Where(r => r.AreaId == area.Id && r.Status == HelpStatus.Open).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var openIds = open.Select(r => r.Id).ToList();
        var names = await db.Users.AsNoTracking().Where(u => open.Select(r => r.RequesterId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Requests = open.ToDictionary(r => r.Id, r => new RequestInfo(r.Id, r.Kind, names.GetValueOrDefault(r.RequesterId, ""), r.Date, r.RepeatWeeks));
        // Who said no to a request is not asked again; who helped this person before with the same kind is preferred.
        var declined = (await db.HelpMatches.AsNoTracking().Where(m => openIds.Contains(m.RequestId) && m.Status == MatchStatus.Declined)
                .Select(m => new { m.RequestId, m.VolunteerId }).ToListAsync(cancellationToken))
            .GroupBy(m => m.RequestId).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(m => m.VolunteerId).ToHashSet());
        var requesters = open.Select(r => r.RequesterId).Distinct().ToList();
        var before = (await db.HelpMatches.AsNoTracking().Where(m => m.Status == MatchStatus.Done && requesters.Contains(m.Request!.RequesterId))
                .OrderBy(m => m.ProposedUtc).Select(m => new { m.Request!.RequesterId, m.Request.Kind, m.VolunteerId }).ToListAsync(cancellationToken))
            .GroupBy(m => (m.RequesterId, m.Kind)).ToDictionary(g => g.Key, g => g.Last().VolunteerId);
        var requests = open.Select(r => new MatchRequest(r.Id, r.Kind, r.Windows(), r.Minutes,
            r.PointId is { } point && pointPlace.TryGetValue(point, out var at) ? at : here, r.AreaId, r.Language, r.Needs,
            before.TryGetValue((r.RequesterId, r.Kind), out var previous) ? previous : null, declined.GetValueOrDefault(r.Id))).ToList();

        var volunteers = await db.Volunteers.AsNoTracking().Where(v => v.ApprovedUtc != null && !v.Paused).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        VolunteerNames = await db.Users.AsNoTracking().Where(u => volunteers.Select(v => v.UserId).Contains(u.Id))
            .Join(db.Volunteers, u => u.Id, v => v.UserId, (u, v) => new { v.Id, u.DisplayName }).ToDictionaryAsync(x => x.Id, x => x.DisplayName, cancellationToken);
        _volunteers = volunteers.Select(v => v.ToMatch(areaPlace.GetValueOrDefault(v.AreaId, here), v.ActiveRequests, v.MinutesTaken)).ToList();

        _round = Matcher.Build(requests, _volunteers);
        Proposal = Matcher.Propose(requests, _volunteers, _round);
        var proposed = Proposal.Pairs.ToDictionary(p => p.RequestId, p => p.VolunteerId);
        Options = open.ToDictionary(r => r.Id, _ => new List<Option>());
        foreach (var (r, v, cost, km) in _round.Arcs.OrderBy(a => a.Cost).ThenBy(a => a.Volunteer))
        {
            var (requestId, volunteerId) = (requests[r].Id, _volunteers[v].Id);
            Options[requestId].Add(new Option(volunteerId, VolunteerNames.GetValueOrDefault(volunteerId, ""), Math.Round(km, 1), proposed.GetValueOrDefault(requestId) == volunteerId));
        }
        return null;
    }
}
