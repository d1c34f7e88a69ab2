using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Help;

/// <summary>
/// Every change to a request goes through here. A step is allowed by <see cref="HelpFlow"/> and then
/// made by a conditional UPDATE on the request's current status (<see cref="Transition"/>), first in its transaction: when two
/// people act at once (a volunteer accepts while the resident cancels), one wins and the other is told
/// the request changed. A volunteer's load is taken and given back the same way
/// (<c>ActiveRequests + 1 &lt;= MaxRequests</c>), so no one is ever over their limits.
/// </summary>
public sealed class HelpWork(AppDbContext db, MunicipalClock clock, Shared.Auditing.Audit audit, PersonMail personMail, PublicLinks links, CurrentMunicipality municipality)
{
    public sealed record Choice(int RequestId, int VolunteerId, double DistanceKm);

    public sealed record Problem(int RequestId, StepResult Result);

    /// <summary>
    /// Proposes the worker's pairs, all or none: every request must still be open and every volunteer
    /// must still have room. Each volunteer is mailed their proposals afterwards.
    /// </summary>
    public async Task<IReadOnlyList<Problem>> ProposeAsync(IReadOnlyList<Choice> choices, Guid? by, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var problems = new List<Problem>();
        var ids = choices.Select(c => c.RequestId).ToList();
        var minutes = await db.HelpRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Minutes, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var choice in choices)
        {
            var moved = minutes.TryGetValue(choice.RequestId, out var taken)
                ? await MoveAsync(choice.RequestId, HelpStatus.Open, HelpStep.Propose, [HelpActor.Staff], now, null, cancellationToken)
                : StepResult.Changed();
            if (!moved.IsDone)
            {
                problems.Add(new Problem(choice.RequestId, moved));
                continue;
            }
            if (!await TakeLoadAsync(choice.VolunteerId, taken, cancellationToken))
            {
                problems.Add(new Problem(choice.RequestId, StepResult.Changed("Matcher.VolunteerFull")));
                continue;
            }
            db.HelpMatches.Add(new HelpMatch
            {
                RequestId = choice.RequestId, VolunteerId = choice.VolunteerId, Status = MatchStatus.Proposed, Minutes = taken,
                DistanceKm = choice.DistanceKm, ProposedUtc = now, ProposedById = by,
            });
            db.HelpEvents.Add(new HelpEvent { RequestId = choice.RequestId, Step = HelpStep.Propose, Status = HelpStatus.Proposed, AtUtc = now, ById = by });
        }
        if (problems.Count > 0)
        {
            // Rolled back: nothing proposed. The proposals added above must not be saved by a later save of this request either.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return problems;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var matches = await db.HelpMatches.AsNoTracking().Where(m => ids.Contains(m.RequestId) && m.Status == MatchStatus.Proposed && m.ProposedUtc == now)
            .Select(m => new { m.Id, m.Request!.Kind, m.Volunteer!.UserId }).ToListAsync(cancellationToken);
        foreach (var match in matches)
            await MailAsync(match.UserId, "Mail.HelpProposed", match.Kind, links.Absolute($"/hulp/voorstel/{match.Id}"), cancellationToken);
        return problems;
    }

    /// <summary>
    /// Takes one step on a request for someone allowed to (<paramref name="actors"/>). Volunteer steps
    /// name the match they answer, which must be the request's live proposal.
    /// </summary>
    public async Task<StepResult> TakeAsync(int requestId, HelpStep step, IReadOnlyCollection<HelpActor> actors, Guid? by, string? note,
        CancellationToken cancellationToken, int? matchId = null, Shared.Auditing.AuditNote? audited = null)
    {
        var request = await db.HelpRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || HelpFlow.Next(request.Status, step, actors) is not { } next) return StepResult.Refused();
        var live = await db.HelpMatches.AsNoTracking().Include(m => m.Volunteer)
            .SingleOrDefaultAsync(m => m.RequestId == requestId && (m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Accepted), cancellationToken);
        if (matchId is not null && live?.Id != matchId) return StepResult.Changed();

        var now = clock.UtcNow;
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        // What the worker wrote when closing it is kept with the request, in the same UPDATE.
        var outcome = step is HelpStep.Done or HelpStep.NoOneFound ? note : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await MoveAsync(requestId, request.Status, step, actors, now, outcome, cancellationToken);
        if (!moved.IsDone) return moved;
        if (live is not null && step is not HelpStep.Propose)
        {
            var (ends, status) = step switch
            {
                HelpStep.Accept => (false, MatchStatus.Accepted),
                HelpStep.Decline => (true, MatchStatus.Declined),
                HelpStep.Done => (true, MatchStatus.Done),
                _ => (true, MatchStatus.Withdrawn),
            };
            var answered = step is HelpStep.Accept or HelpStep.Decline;
            var declineNote = step == HelpStep.Decline ? note : null;
            await db.HelpMatches.Where(m => m.Id == live.Id && m.Status == live.Status).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.AnsweredUtc, m => answered ? now : m.AnsweredUtc)
                .SetProperty(m => m.DeclineNote, m => declineNote ?? m.DeclineNote), cancellationToken);
            if (ends) await GiveBackLoadAsync(live.VolunteerId, live.Minutes, cancellationToken);
        }
        db.HelpEvents.Add(new HelpEvent { RequestId = requestId, Step = step, Status = next, AtUtc = now, ById = by, Note = step == HelpStep.Decline ? null : note });
        audit.Add(audited);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var kind = request.Kind;
        if (step == HelpStep.Accept)
            await MailAsync(request.RequesterId, "Mail.HelpAccepted", kind, links.Absolute($"/hulp/{requestId}"), cancellationToken);
        else if (live is not null && step is HelpStep.Withdraw or HelpStep.Cancel)
            await MailAsync(live.Volunteer!.UserId, "Mail.HelpWithdrawn", kind, links.Absolute($"/hulp/voorstel/{live.Id}"), cancellationToken);
        return StepResult.Done;
    }

    /// <summary>The requester thanks the volunteer who helped, once; the volunteer is told by mail.</summary>
    public async Task<StepResult> ThankAsync(int requestId, string thanks, CancellationToken cancellationToken)
    {
        var match = await db.HelpMatches.AsNoTracking().Where(m => m.RequestId == requestId && m.Status == MatchStatus.Done)
            .Select(m => new { m.Id, m.Volunteer!.UserId, m.Request!.Kind }).SingleOrDefaultAsync(cancellationToken);
        if (match is null) return StepResult.Refused();
        var text = thanks.Trim();
        var now = clock.UtcNow;
        if (await db.HelpMatches.Where(m => m.Id == match.Id && m.Thanks == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Thanks, text).SetProperty(m => m.ThankedUtc, now), cancellationToken) == 0)
            return StepResult.Refused("Help.AlreadyThanked");
        await MailAsync(match.UserId, "Mail.HelpThanked", match.Kind, links.Absolute($"/hulp/voorstel/{match.Id}"), cancellationToken);
        return StepResult.Done;
    }

    private Task<StepResult> MoveAsync(int requestId, HelpStatus from, HelpStep step, IEnumerable<HelpActor> actors, DateTime now, string? outcome,
        CancellationToken cancellationToken) =>
        Transition.MoveAsync(db.HelpRequests.Where(r => r.Id == requestId), r => r.Status, from, HelpFlow.Next(from, step, actors), s =>
        {
            s.SetProperty(r => r.StatusChangedUtc, now);
            if (outcome is not null) s.SetProperty(r => r.Outcome, outcome);
        }, cancellationToken);

    private async Task<bool> TakeLoadAsync(int volunteerId, int minutes, CancellationToken cancellationToken) =>
        await db.Volunteers.Where(v => v.Id == volunteerId && v.ApprovedUtc != null && !v.Paused
                && v.ActiveRequests + 1 <= v.MaxRequests && v.MinutesTaken + minutes <= v.HoursPerWeek * 60)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ActiveRequests, v => v.ActiveRequests + 1).SetProperty(v => v.MinutesTaken, v => v.MinutesTaken + minutes), cancellationToken) == 1;

    private Task<int> GiveBackLoadAsync(int volunteerId, int minutes, CancellationToken cancellationToken) =>
        db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ActiveRequests, v => v.ActiveRequests > 0 ? v.ActiveRequests - 1 : 0)
                .SetProperty(v => v.MinutesTaken, v => v.MinutesTaken > minutes ? v.MinutesTaken - minutes : 0), cancellationToken);

    private Task MailAsync(Guid userId, string key, HelpKind kind, string link, CancellationToken cancellationToken) =>
        personMail.SendAsync([userId], key, [new MailText($"HelpKind.{kind}")], [new MailText($"HelpKind.{kind}"), link, municipality.Info?.Name ?? "Buurtpunt"], cancellationToken);
}
