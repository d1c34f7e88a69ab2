using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// One application's file for its reviewers: the answers, the support, the history, and what each
/// of them may do now — the working group starts the review, asks the applicant a question and
/// advises; committee members score independently; the chair records the committee's advice; the
/// council's decision is recorded by an administrator. Only the call's reviewers and administrators
/// see it (anyone else: not found); a reviewer with a conflict of interest sees only that.
/// </summary>
public class ReviewFileModel(AppDbContext db, Reviews reviews, Applications applications, Projects projects, Shared.Time.MunicipalClock clock, Audit audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Step(DateTime AtUtc, ApplicationStep Kind, ApplicationStatus Status, string? Note, string? By);

    public sealed record Supporter(string Name, string Address, bool FromPaper);

    public sealed record MemberScores(string Reviewer, IReadOnlyDictionary<int, int> Points, string Comment, bool Mine);

    public Application Application { get; private set; } = null!;
    public ReviewSeat Seat { get; private set; } = null!;
    public string? ApplicantName { get; private set; }
    public IReadOnlyList<FormQuestion> Questions { get; private set; } = [];
    public IReadOnlyDictionary<int, Core.Forms.Answer> Saved { get; private set; } = new Dictionary<int, Core.Forms.Answer>();
    public int SupportCount { get; private set; }
    public IReadOnlyList<BudgetLine> Budget { get; private set; } = [];
    public IReadOnlyList<ApplicationPhoto> Photos { get; private set; } = [];
    public List<Supporter> Supporters { get; private set; } = [];
    public IReadOnlyList<Step> History { get; private set; } = [];
    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];
    /// <summary>Everyone's scores: only once this person has scored (or does not score), so each member scores independently.</summary>
    public IReadOnlyList<MemberScores> Scores { get; private set; } = [];
    public bool HasScored { get; private set; }
    public int ScoreCount { get; private set; }
    public long RemainingCents { get; private set; }
    public IReadOnlyList<ApplicationStep> Allowed { get; private set; } = [];

    [BindProperty] public StepInput Input { get; set; } = new();
    [BindProperty] public Dictionary<int, int> Points { get; set; } = [];
    [BindProperty, Display(Name = "Review.Field.Comment"), StringLength(Assessment.CommentMaxLength)]
    public string? Comment { get; set; }
    [BindProperty, Display(Name = "Review.Field.ConflictReason"), StringLength(DeclaredConflict.ReasonMaxLength)]
    public string? ConflictReason { get; set; }

    public bool Offers(ApplicationStep step) => Allowed.Contains(step);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        Input.StartedOn = clock.Today.ToDateOnly();
        if (Seat.SeesPeople) await audit.RecordAsync(AuditActions.ApplicationViewed, Application.ApplicantId, $"review file {id}", cancellationToken);
        return Page();
    }

    /// <summary>Every step of the review chain comes here; the flow and the person's seat decide whether it may be taken.</summary>
    public async Task<IActionResult> OnPostStepAsync(int id, ApplicationStep step, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid && ModelState.ContainsKey(nameof(step)) && ModelState[nameof(step)]!.Errors.Count > 0) return BadRequest();
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Offers(step)) return this.NotDonePage(StepResult.Refused(Seat.Conflict ? "Review.Conflicted" : "Applications.StepRefused"));
        this.OnlyValidate(nameof(Input));
        var by = User.PersonId()!.Value;
        long? amount = null;
        switch (step)
        {
            case ApplicationStep.AskApplicant: Require(Input.Question, "Review.Field.Question"); break;
            case ApplicationStep.Recommend or ApplicationStep.Advise:
                Require(Input.Advice, "Review.Field.Advice");
                if (Input.Opinion is null) ModelState.AddModelError("Input.Opinion", l["Validation.Required", l["Review.Field.Opinion"]]);
                break;
            case ApplicationStep.Reject: Require(Input.Reason, "Review.Field.Reason"); break;
            case ApplicationStep.Start:
                if (Input.StartedOn is null) ModelState.AddModelError("Input.StartedOn", l["Validation.Required", l["Review.Field.StartedOn"]]);
                if (Input.EndsOn is null && Application.Track!.Kind == TrackKind.Experiment) ModelState.AddModelError("Input.EndsOn", l["Review.EndsOnNeeded"]);
                if (Input.EndsOn is { } ends && (ends < Input.StartedOn || ends > Input.StartedOn?.AddYears(2))) ModelState.AddModelError("Input.EndsOn", l["Review.EndsOnRange"]);
                break;
            case ApplicationStep.Approve:
                Require(Input.Amount, "Review.Field.Amount");
                amount = Money.ReadCents(Input.Amount, "Input.Amount", ModelState, l, Application.Call!.BudgetCents);
                break;
        }
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = step switch
        {
            ApplicationStep.AskApplicant => await reviews.AskAsync(Application, Seat, by, Input.Question!, cancellationToken),
            ApplicationStep.Recommend => await reviews.RecommendAsync(Application, Seat, by, Input.Opinion!.Value, Input.Advice!, cancellationToken),
            ApplicationStep.Advise => await reviews.AdviseAsync(Application, Seat, by, Input.Opinion!.Value, Input.Advice!, cancellationToken),
            ApplicationStep.Approve => await reviews.ApproveAsync(Application, Seat, by, amount!.Value, Input.Conditions ?? "", Input.Reason ?? "", cancellationToken),
            ApplicationStep.Reject => await reviews.RejectAsync(Application, Seat, by, Input.Reason!, cancellationToken),
            ApplicationStep.Start => await projects.StartAsync(Application, Seat.Actors, by, Input.StartedOn!.Value, Input.EndsOn, cancellationToken),
            _ => await applications.TakeAsync(Application, step, Seat.Actors, by, Input.Note, cancellationToken),
        };
        return await AfterAsync(id, result, $"Review.Done.{step}", cancellationToken);
    }

    public async Task<IActionResult> OnPostScoreAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Seat.Committee || Seat.Conflict) return this.NotDonePage(StepResult.Refused(Seat.Conflict ? "Review.Conflicted" : "Applications.StepRefused"));
        foreach (var key in ModelState.Keys.Where(k => k != nameof(Comment) && !k.StartsWith(nameof(Points), StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = await reviews.ScoreAsync(Application, Seat, User.PersonId()!.Value, Points, Comment ?? "", cancellationToken);
        return await AfterAsync(id, result, "Review.Done.Scored", cancellationToken);
    }

    public async Task<IActionResult> OnPostConflictAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        foreach (var key in ModelState.Keys.Where(k => k != nameof(ConflictReason)).ToList()) ModelState.Remove(key);
        if (string.IsNullOrWhiteSpace(ConflictReason)) ModelState.AddModelError(nameof(ConflictReason), l["Validation.Required", l["Review.Field.ConflictReason"]]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = await reviews.DeclareConflictAsync(Application, Seat, User.PersonId()!.Value, ConflictReason!, cancellationToken);
        return await AfterAsync(id, result, "Review.Done.Conflict", cancellationToken);
    }

    private void Require(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) ModelState.AddModelError($"Input.{label.Split('.')[^1]}", l["Validation.Required", l[label]]);
    }

    private async Task<IActionResult> AfterAsync(int id, StepResult result, string notice, CancellationToken cancellationToken)
    {
        if (result.IsDone)
        {
            TempData["Notice"] = notice;
            return Redirect($"/beoordeling/aanvraag/{id}");
        }
        await LoadAsync(id, cancellationToken); // the file as it stands now
        return this.NotDonePage(result, "Review.Problem.Refused", "Review.Problem.Changed");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await ApplicationFile.LoadAsync(db, reviews, User, id, cancellationToken) is not { } file) return NotFound();
        (Application, Seat) = (file.Application, file.Seat);
        Allowed = ApplicationFlow.Allowed(Application.Status, Seat.Actors)
            .Where(s => s is not (ApplicationStep.Submit or ApplicationStep.Answer or ApplicationStep.Evaluate or ApplicationStep.Withdraw)).ToList();
        if (Seat.Conflict) return null; // they see that they do not review it, and nothing more

        (ApplicantName, Questions, Saved, SupportCount, Budget, Photos) = (file.ApplicantName, file.Questions, file.Saved, file.SupportCount, file.Budget, file.Photos);
        (History, Criteria, Scores, ScoreCount, HasScored) = (file.History, file.Criteria, file.Scores, file.ScoreCount, file.Mine is not null);
        if (file.Mine is { } mine && Points.Count == 0)
        {
            Points = new Dictionary<int, int>(mine.Points);
            Comment ??= mine.Comment;
        }
        if (Seat.SeesPeople)
            Supporters = await db.Supports.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.CreatedUtc)
                .Select(s => new Supporter(s.Name, s.Address, s.FromPaper)).ToListAsync(cancellationToken);
        RemainingCents = Application.Call!.BudgetCents - Application.Call.CommittedCents;
        return null;
    }

    public sealed class StepInput
    {
        [Display(Name = "Review.Field.Question"), StringLength(ApplicationEvent.NoteMaxLength)]
        public string? Question { get; set; }

        [Display(Name = "Review.Field.Opinion"), EnumDataType(typeof(Opinion), ErrorMessage = "Validation.UnknownChoice")]
        public Opinion? Opinion { get; set; }

        [Display(Name = "Review.Field.Advice"), StringLength(Application.AdviceMaxLength)]
        public string? Advice { get; set; }

        [Display(Name = "Review.Field.Amount"), StringLength(20)]
        public string? Amount { get; set; }

        [Display(Name = "Review.Field.Conditions"), StringLength(Application.AdviceMaxLength)]
        public string? Conditions { get; set; }

        [Display(Name = "Review.Field.Reason"), StringLength(ApplicationEvent.NoteMaxLength)]
        public string? Reason { get; set; }

        [Display(Name = "Review.Field.StartedOn")]
        public DateOnly? StartedOn { get; set; }

        [Display(Name = "Review.Field.EndsOn")]
        public DateOnly? EndsOn { get; set; }

        [Display(Name = "Review.Field.Note"), StringLength(ApplicationEvent.NoteMaxLength)]
        public string? Note { get; set; }
    }
}
