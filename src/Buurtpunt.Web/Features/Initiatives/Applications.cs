using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>What the applicant fills in besides the form: a title, the area, the budget table (null: left as it is) and, after a question, an answer.</summary>
public sealed record ApplicationDraft(string Title, int? AreaId, IReadOnlyList<Budget.Line>? Budget = null, string? Reply = null, bool? FromPaper = null);

/// <summary>
/// Starting, saving and moving applications. Every step is allowed by <see cref="ApplicationFlow"/>
/// and made by a conditional UPDATE on the current status (<see cref="Transition"/>), with its event (who,
/// when, why) in the same transaction; a step that lost a race is told the application changed.
/// </summary>
public sealed class Applications(AppDbContext db, FormStore forms, MunicipalClock clock)
{
    /// <summary>The applicant or a co-applicant who joined: they fill in, follow and answer for the application (and never review it).</summary>
    public async Task<bool> IsApplicantAsync(Guid? person, Application application, CancellationToken cancellationToken) =>
        person is { } id && (application.ApplicantId == id || await db.CoApplicants.AnyAsync(c => c.ApplicationId == application.Id && c.PersonId == id, cancellationToken));

    /// <summary>The application when this person applies for it; null otherwise (the page answers not found, whoever asks).</summary>
    public async Task<Application?> OfApplicantAsync(int id, Guid? person, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is not null && await IsApplicantAsync(person, application, cancellationToken) ? application : null;
    }

    /// <summary>Everyone who applies: the applicant and the co-applicants who joined. They are all told what happens to it.</summary>
    public async Task<List<Guid>> ApplicantsAsync(Application application, CancellationToken cancellationToken) =>
        [application.ApplicantId, .. await db.CoApplicants.IgnoreQueryFilters().Where(c => c.ApplicationId == application.Id && c.PersonId != null)
            .OrderBy(c => c.JoinedUtc).Select(c => c.PersonId!.Value).ToListAsync(cancellationToken)];

    /// <summary>A new draft in a track of an open call, with an empty response to its form; null when the call closed.</summary>
    public async Task<Application?> StartAsync(Call call, Track track, Actor actor, CancellationToken cancellationToken)
    {
        if (!call.IsOpen(clock.Today.ToDateOnly()) || !track.Offered) return null;
        var now = clock.UtcNow;
        var application = new Application
        {
            CallId = call.Id, TrackId = track.Id, ApplicantId = actor.PersonId, EnteredById = actor.EnteredById, Status = ApplicationStatus.Draft,
            CreatedUtc = now, UpdatedUtc = now, SupportToken = Application.NewSupportToken(),
            Response = new FormResponse { QuestionnaireId = track.QuestionnaireId, RespondentId = actor.PersonId, EnteredById = actor.EnteredById, CreatedUtc = now, UpdatedUtc = now },
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>
    /// Saves the title and answers (a draft may be half done) and, when <paramref name="submit"/>,
    /// submits — only a complete application, only while the call is open, only from a draft.
    /// </summary>
    public async Task<StepResult> SaveAsync(Application application, ApplicationDraft draft, IReadOnlyList<FormQuestion> questions, FormReading reading,
        bool submit, Actor actor, CancellationToken cancellationToken)
    {
        var (title, areaId, reply) = (draft.Title, draft.AreaId, draft.Reply);
        if (!ApplicationFlow.Editable(application.Status)) return StepResult.Refused();
        var now = clock.UtcNow;
        var from = application.Status;
        // Saving keeps the state; submitting (or answering a question) is the flow's step.
        var to = submit ? ApplicationFlow.Next(from, from == ApplicationStatus.Draft ? ApplicationStep.Submit : ApplicationStep.Answer, [ApplicationActor.Applicant]) : from;
        if (to is null) return StepResult.Refused();
        if (submit && from == ApplicationStatus.Draft && !application.Call!.IsOpen(clock.Today.ToDateOnly())) return StepResult.Refused("Applications.CallClosed");
        if (submit && (!reading.Ok || string.IsNullOrWhiteSpace(title) || FormReader.Missing(questions, reading.Answers).Count > 0)) return StepResult.Invalid("Applications.Incomplete");
        var budget = draft.Budget ?? (await db.BudgetLines.Where(b => b.ApplicationId == application.Id).ToListAsync(cancellationToken))
            .Select(b => new Budget.Line(b.Item, b.AmountCents, b.OwnCents)).ToList();
        if (submit && Budget.Asked(budget) > application.Track!.MaxAmountCents) return StepResult.Invalid("Budget.AboveTrackMaximum");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var trimmed = title.Trim();
        var moved = await Transition.MoveAsync(db.Applications.Where(a => a.Id == application.Id), a => a.Status, from, to, s => s
            .SetProperty(a => a.Title, trimmed).SetProperty(a => a.AreaId, areaId).SetProperty(a => a.UpdatedUtc, now)
            .SetProperty(a => a.SubmittedUtc, a => submit && from == ApplicationStatus.Draft ? now : a.SubmittedUtc), cancellationToken);
        if (!moved.IsDone) return moved;
        var response = await forms.LoadAsync(application.ResponseId, cancellationToken);
        await forms.ApplyAsync(response, questions, reading, now, cancellationToken);
        if (submit) response.SubmittedUtc ??= now;
        if (draft.FromPaper is { } paper && actor.EnteredById is not null) response.FromPaper = paper; // only a worker types in a paper form
        if (draft.Budget is { } lines)
        {
            await db.BudgetLines.Where(b => b.ApplicationId == application.Id).ExecuteDeleteAsync(cancellationToken);
            db.BudgetLines.AddRange(lines.Select((line, i) => new BudgetLine { ApplicationId = application.Id, Position = i + 1, Item = line.Item, AmountCents = line.AmountCents, OwnCents = line.OwnCents }));
        }
        if (submit)
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                ApplicationId = application.Id, Step = from == ApplicationStatus.Draft ? ApplicationStep.Submit : ApplicationStep.Answer,
                Status = to.Value, AtUtc = now, ById = actor.EnteredById ?? actor.PersonId, Note = string.IsNullOrWhiteSpace(reply) ? null : reply.Trim(),
            });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StepResult.Done;
    }

    /// <summary>
    /// Any other step of the flow, for someone allowed to take it, with an optional reason.
    /// <paramref name="set"/> records what the step decides (an advice, a grant) in the same UPDATE;
    /// <paramref name="guard"/> runs in the same transaction and undoes the step when it refuses (the budget).
    /// </summary>
    public async Task<StepResult> TakeAsync(Application application, ApplicationStep step, IReadOnlyCollection<ApplicationActor> actors, Guid? by, string? note,
        CancellationToken cancellationToken, Action<UpdateSettersBuilder<Application>>? set = null, Func<CancellationToken, Task<StepResult>>? guard = null)
    {
        if (ApplicationFlow.Next(application.Status, step, actors) is not { } next) return StepResult.Refused();
        var now = clock.UtcNow;
        // Part of a caller's transaction when there is one (an evaluation sent with its answers).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var moved = await Transition.MoveAsync(db.Applications.Where(a => a.Id == application.Id), a => a.Status, application.Status, next, s =>
        {
            s.SetProperty(a => a.UpdatedUtc, now);
            set?.Invoke(s);
        }, cancellationToken);
        if (!moved.IsDone) return moved;
        if (guard is not null && await guard(cancellationToken) is { IsDone: false } refused) return refused; // rolled back
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            ApplicationId = application.Id, Step = step, Status = next, AtUtc = now, ById = by, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        application.Status = next;
        return StepResult.Done;
    }
}

/// <summary>The text key of a status: the applicant reads "there is a question for you" where the city reads "waiting for the applicant".</summary>
public static class StatusText
{
    public static string Key(Core.Initiatives.ApplicationStatus status, bool forApplicant) =>
        forApplicant && status == Core.Initiatives.ApplicationStatus.QuestionsToApplicant ? "ApplicationStatus.QuestionForYou" : $"ApplicationStatus.{status}";
}
