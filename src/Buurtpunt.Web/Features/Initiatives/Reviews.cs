using System.Security.Claims;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>What a person is in the review of one call, and whether they must stay out of one application.</summary>
public sealed record ReviewSeat(bool WorkingGroup, bool Committee, bool Chair, bool Administrator, bool Conflict)
{
    public bool Any => WorkingGroup || Committee || Administrator;

    /// <summary>Chairs for this application only, in place of a chair who cannot (see <see cref="Reviews.SeatAsync"/>).</summary>
    public bool StandsInForChair { get; init; }

    /// <summary>Who this person may act as. A conflict of interest takes every review right away, also an administrator's.</summary>
    public IReadOnlyList<ApplicationActor> Actors
    {
        get
        {
            if (Conflict) return [];
            var actors = new List<ApplicationActor>();
            if (WorkingGroup) actors.Add(ApplicationActor.WorkingGroup);
            if (Chair) actors.Add(ApplicationActor.CommitteeChair);
            if (Administrator) actors.AddRange([ApplicationActor.Council, ApplicationActor.Staff]);
            return actors;
        }
    }

    /// <summary>The city's own people (working group, administrators) see who applied and who supports; the external committee does not.</summary>
    public bool SeesPeople => !Conflict && (WorkingGroup || Administrator);
}

/// <summary>
/// The review chain after submission: the working group asks the applicant questions and advises,
/// committee members score independently, the chair records the committee's advice and the council
/// decides. Each step goes through <see cref="Applications.TakeAsync"/>, so it checks the state and the
/// actor's right; conflicts of interest are enforced here.
/// </summary>
public sealed class Reviews(AppDbContext db, Applications applications, MunicipalClock clock, PersonMail personMail, PublicLinks links,
    CurrentMunicipality municipality)
{
    /// <summary>
    /// What this person is in the review of this application. A seat counts only while its holder holds
    /// a staff role — in the database (revoking the last one also removes the seats) and in this session
    /// (two steps, see <see cref="StaffSession"/>) — and the panels' seats only once it is submitted: a
    /// draft is the applicants' own (administrators see it, to type in the supports signed on paper).
    /// </summary>
    public async Task<ReviewSeat> SeatAsync(ClaimsPrincipal user, Application application, CancellationToken cancellationToken)
    {
        var person = user.PersonId();
        if (person is null || !Roles.Staff.Any(r => user.IsInRole(r.ToString()))) return new ReviewSeat(false, false, false, false, false);
        var seats = application.SubmittedUtc is null ? []
            : await SeatsOf(db, user).AsNoTracking().Where(s => s.CallId == application.CallId).ToListAsync(cancellationToken);
        var administrator = user.Holds(Role.Administrator, null);
        // Conflicts are looked up only for people with a review right, once for both questions below.
        var conflicted = seats.Count > 0 || administrator ? await Conflicts.OfAsync(db, application.Id, cancellationToken) : [];
        var conflict = conflicted.Contains(person.Value);
        var committee = seats.Any(s => s.Panel == Panel.Committee);
        var chair = seats.Any(s => s.Panel == Panel.Committee && s.IsChair);
        var standsIn = committee && !chair && !conflict && await StandsInForChairAsync(person.Value, application, conflicted, cancellationToken);
        return new ReviewSeat(seats.Any(s => s.Panel == Panel.WorkingGroup), committee, chair || standsIn, administrator, conflict) { StandsInForChair = standsIn };
    }

    /// <summary>The seats that count: those whose holder still holds a staff role.</summary>
    public static IQueryable<CallSeat> HeldSeats(AppDbContext db) =>
        db.CallSeats.Where(s => db.RoleGrants.Any(g => g.UserId == s.PersonId && Roles.Staff.Contains(g.Role)));

    /// <summary>This person's seats that count now: none in a session without a staff role (one step, or a revoked role).</summary>
    public static IQueryable<CallSeat> SeatsOf(AppDbContext db, ClaimsPrincipal user)
    {
        var person = user.PersonId();
        var staffSession = person is not null && Roles.Staff.Any(r => user.IsInRole(r.ToString()));
        return HeldSeats(db).Where(s => staffSession && s.PersonId == person);
    }

    /// <summary>
    /// When no chair can act on an application (the chair has a conflict of interest, or none is
    /// seated), the committee member seated first who can stands in for it, so that no application
    /// waits for the administrator to reseat the jury.
    /// </summary>
    private async Task<bool> StandsInForChairAsync(Guid person, Application application, HashSet<Guid> conflicted, CancellationToken cancellationToken)
    {
        var members = await HeldSeats(db).AsNoTracking().Where(s => s.CallId == application.CallId && s.Panel == Panel.Committee)
            .OrderBy(s => s.Id).Select(s => new { s.PersonId, s.IsChair }).ToListAsync(cancellationToken);
        return !members.Any(m => m.IsChair && !conflicted.Contains(m.PersonId))
            && members.FirstOrDefault(m => !m.IsChair && !conflicted.Contains(m.PersonId))?.PersonId == person;
    }

    public async Task<StepResult> AskAsync(Application application, ReviewSeat seat, Guid by, string question, CancellationToken cancellationToken)
    {
        var result = await applications.TakeAsync(application, ApplicationStep.AskApplicant, seat.Actors, by, question, cancellationToken);
        if (result.IsDone) await MailApplicantsAsync(application, "Mail.ApplicationQuestion", question, cancellationToken);
        return result;
    }

    public async Task<StepResult> RecommendAsync(Application application, ReviewSeat seat, Guid by, Opinion opinion, string advice, CancellationToken cancellationToken)
    {
        var text = advice.Trim();
        return await applications.TakeAsync(application, ApplicationStep.Recommend, seat.Actors, by, null, cancellationToken,
            s => s.SetProperty(a => a.WorkingGroupOpinion, opinion).SetProperty(a => a.WorkingGroupAdvice, text));
    }

    /// <summary>The chair records the committee's advice once the working group has advised and at least one member has scored.</summary>
    public async Task<StepResult> AdviseAsync(Application application, ReviewSeat seat, Guid by, Opinion opinion, string advice, CancellationToken cancellationToken)
    {
        if (!seat.Actors.Contains(ApplicationActor.CommitteeChair)) return StepResult.Refused();
        if (application.WorkingGroupOpinion is null) return StepResult.Refused("Review.Problem.NeedsAdvice");
        if (!await db.Assessments.AnyAsync(a => a.ApplicationId == application.Id, cancellationToken)) return StepResult.Refused("Review.Problem.NeedsScores");
        var text = advice.Trim();
        return await applications.TakeAsync(application, ApplicationStep.Advise, seat.Actors, by, null, cancellationToken,
            s => s.SetProperty(a => a.CommitteeOpinion, opinion).SetProperty(a => a.CommitteeAdvice, text));
    }

    /// <summary>
    /// A committee member's scores, one per criterion on the scale, while the application is in review.
    /// They are final: once given, the member sees the others' scores, so scoring again would no longer be independent.
    /// </summary>
    public async Task<StepResult> ScoreAsync(Application application, ReviewSeat seat, Guid by, IReadOnlyDictionary<int, int> points, string comment,
        CancellationToken cancellationToken)
    {
        if (!seat.Committee || seat.Conflict || application.Status != ApplicationStatus.InReview) return StepResult.Refused();
        var criteria = await db.Criteria.Where(c => c.CallId == application.CallId).Select(c => c.Id).ToListAsync(cancellationToken);
        if (points.Values.Any(p => !ReviewRules.OnScale(p))) return StepResult.Invalid("Review.Problem.OffScale");
        if (criteria.Count == 0 || criteria.Any(c => !points.ContainsKey(c)) || points.Keys.Any(k => !criteria.Contains(k))) return StepResult.Invalid("Review.Problem.Incomplete");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Scores close when the chair advises: hold the application in review for this transaction (a move to the same state).
        var held = await Transition.MoveAsync(db.Applications.Where(a => a.Id == application.Id), a => a.Status, ApplicationStatus.InReview, ApplicationStatus.InReview, null, cancellationToken);
        if (!held.IsDone) return held;
        if (await db.Assessments.AnyAsync(a => a.ApplicationId == application.Id && a.ReviewerId == by, cancellationToken)) return StepResult.Refused("Review.Problem.AlreadyScored");
        db.Assessments.Add(new Assessment
        {
            ApplicationId = application.Id, ReviewerId = by, Comment = comment.Trim(), ScoredUtc = clock.UtcNow,
            Scores = [.. points.Select(p => new Score { CriterionId = p.Key, Points = p.Value })],
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StepResult.Done;
    }

    /// <summary>A reviewer declares a conflict of interest: from then on they do not review it, and scores they gave are removed.</summary>
    public async Task<StepResult> DeclareConflictAsync(Application application, ReviewSeat seat, Guid by, string reason, CancellationToken cancellationToken)
    {
        if (!seat.Any || seat.Conflict || application.DecidedUtc is not null) return StepResult.Refused();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Conflicts.RecordAsync(db, application.Id, by, ConflictKind.Declared, reason.Trim(), clock.UtcNow, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StepResult.Done;
    }

    /// <summary>
    /// The council's approval with an amount: at most the track's maximum and never more than the
    /// call has left. The call's committed total rises in an UPDATE that checks the budget itself, in
    /// the transaction of the decision, so two approvals at once cannot overspend it.
    /// </summary>
    public async Task<StepResult> ApproveAsync(Application application, ReviewSeat seat, Guid by, long amountCents, string conditions, string reason,
        CancellationToken cancellationToken)
    {
        if (!seat.Actors.Contains(ApplicationActor.Council)) return StepResult.Refused();
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var maximum = await db.Tracks.Where(t => t.Id == application.TrackId).Select(t => t.MaxAmountCents).SingleAsync(cancellationToken);
        var overBudget = StepResult.Refused("Review.Problem.OverBudget");
        switch (ReviewRules.CheckGrant(amountCents, maximum, call.BudgetCents, call.CommittedCents))
        {
            case GrantProblem.NotPositive: return StepResult.Invalid("Review.Problem.NotPositive");
            case GrantProblem.AboveTrackMaximum: return StepResult.Invalid("Review.Problem.AboveTrackMaximum");
            case GrantProblem.AboveRemainingBudget: return overBudget;
        }
        var (now, kept, why) = (clock.UtcNow, conditions.Trim(), reason.Trim());
        var result = await applications.TakeAsync(application, ApplicationStep.Approve, seat.Actors, by, why, cancellationToken,
            s => s.SetProperty(a => a.GrantedCents, amountCents).SetProperty(a => a.Conditions, kept).SetProperty(a => a.DecisionReason, why).SetProperty(a => a.DecidedUtc, now),
            async token => await db.Calls.Where(c => c.Id == call.Id && c.CommittedCents + amountCents <= c.BudgetCents)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CommittedCents, c => c.CommittedCents + amountCents), token) == 1 ? StepResult.Done : overBudget);
        if (result.IsDone)
        {
            var detail = new MailText(string.IsNullOrEmpty(why) ? "Mail.ApplicationApproved.Detail" : "Mail.ApplicationApproved.DetailWithReason",
                Money.Show(amountCents), string.IsNullOrEmpty(kept) ? new MailText("Review.NoConditions") : kept, why);
            await MailApplicantsAsync(application, "Mail.ApplicationApproved", detail, cancellationToken);
        }
        return result;
    }

    public async Task<StepResult> RejectAsync(Application application, ReviewSeat seat, Guid by, string reason, CancellationToken cancellationToken)
    {
        var (now, why) = (clock.UtcNow, reason.Trim());
        var result = await applications.TakeAsync(application, ApplicationStep.Reject, seat.Actors, by, why, cancellationToken,
            s => s.SetProperty(a => a.DecisionReason, why).SetProperty(a => a.DecidedUtc, now));
        if (result.IsDone) await MailApplicantsAsync(application, "Mail.ApplicationRejected", why, cancellationToken);
        return result;
    }

    /// <summary>The applicant and the co-applicants hear each decision about their application, in their own language.</summary>
    private async Task MailApplicantsAsync(Application application, string key, object detail, CancellationToken cancellationToken) =>
        await personMail.SendAsync(await applications.ApplicantsAsync(application, cancellationToken), key, [application.Title],
            [application.Title, detail, links.Absolute($"/aanvraag/{application.Id}"), municipality.Info?.Name ?? "Buurtpunt"], cancellationToken);
}
