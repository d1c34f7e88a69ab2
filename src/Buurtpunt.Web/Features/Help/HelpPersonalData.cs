using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help;

/// <summary>
/// Help a person asked, offered and gave. On erasure their requests and volunteering go with them
/// (cascade, proposals included); steps they took on others' requests stay, without their name.
/// </summary>
public sealed class HelpPersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Neighbourly(
        IReadOnlyList<HelpRequestData> HelpRequests,
        VolunteerData? Volunteering,
        IReadOnlyList<DateTime> VolunteersYouApprovedUtc,
        IReadOnlyList<HelpGivenData> HelpGiven,
        IReadOnlyList<DateTime> HelpStepsYouTookUtc);

    public sealed record HelpRequestData(int Id, string Kind, string Description, string? Address, string? Phone, DateOnly Date, TimeOnly From, TimeOnly Until, int RepeatWeeks, string Status, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record VolunteerData(string[] Kinds, string[] Talents, string[] Languages, int[] Slots, int RangeKm, string Travel, int MaxRequests, int HoursPerWeek, DateOnly? AwayFrom, DateOnly? AwayUntil, bool Paused, DateTime? ApprovedUtc);
    public sealed record HelpGivenData(int RequestId, string Kind, DateOnly Date, string Status, DateTime ProposedUtc, DateTime? AnsweredUtc, string? DeclineNote, string? Thanks);

    public string Section => "help";
    public string? View => null;
    public IReadOnlyCollection<Type> Covers { get; } = [typeof(HelpRequest), typeof(Volunteer), typeof(HelpMatch), typeof(HelpEvent)];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var requests = await db.HelpRequests.AsNoTracking().Where(r => r.RequesterId == personId).OrderBy(r => r.CreatedUtc)
            .Select(r => new HelpRequestData(r.Id, r.Kind.ToString(), r.Description, r.Address, r.Phone, r.Date, r.From, r.Until, r.RepeatWeeks, r.Status.ToString(), r.CreatedUtc, r.EnteredById != null))
            .ToListAsync(cancellationToken);
        var volunteering = (await db.Volunteers.AsNoTracking().Where(v => v.UserId == personId).ToListAsync(cancellationToken))
            .Select(v => new VolunteerData([.. v.Kinds.Select(k => k.ToString())], [.. v.Talents.Select(k => k.ToString())], [.. v.Languages], [.. v.Slots],
                v.RangeKm, v.Travel.ToString(), v.MaxRequests, v.HoursPerWeek, v.AwayFrom, v.AwayUntil, v.Paused, v.ApprovedUtc)).SingleOrDefault();
        var approved = await db.Volunteers.AsNoTracking().Where(v => v.ApprovedById == personId).Select(v => v.ApprovedUtc!.Value).ToListAsync(cancellationToken);
        var given = await db.HelpMatches.AsNoTracking().Where(m => m.Volunteer!.UserId == personId).OrderBy(m => m.ProposedUtc)
            .Select(m => new HelpGivenData(m.RequestId, m.Request!.Kind.ToString(), m.Request.Date, m.Status.ToString(), m.ProposedUtc, m.AnsweredUtc, m.DeclineNote, m.Thanks))
            .ToListAsync(cancellationToken);
        // Steps a person took on others' requests (proposing, recording outcomes): when, not whose.
        var steps = await db.HelpEvents.AsNoTracking().Where(e => e.ById == personId).OrderBy(e => e.AtUtc).Select(e => e.AtUtc).ToListAsync(cancellationToken);
        return requests.Count + approved.Count + given.Count + steps.Count == 0 && volunteering is null
            ? null
            : new Neighbourly(requests, volunteering, approved, given, steps);
    }

    public Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken) => Task.CompletedTask;
}
