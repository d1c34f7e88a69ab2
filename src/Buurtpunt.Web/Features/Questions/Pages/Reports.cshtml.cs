using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>
/// The moderation queue of the areas this worker serves: reported questions and answers with
/// their reasons, to hide (with a reason the author reads) or keep; and the hidden ones, to restore.
/// </summary>
public class ReportsModel(AppDbContext db, Moderator moderator, IStringLocalizer<SharedResource> l) : PageModel
{
    private const int MaxShown = 100;

    public sealed record Item(ContributionKind Kind, int Id, int QuestionId, string QuestionTitle, string Text, List<FlagReason> Reasons, List<string> Notes, string? HiddenReason);

    [BindProperty(SupportsGet = true, Name = "verborgen")]
    public bool ShowHidden { get; set; }

    public List<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostHideAsync(ContributionKind kind, int id, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(kind, id, ModerationAction.Hidden, reason, cancellationToken);

    public Task<IActionResult> OnPostKeepAsync(ContributionKind kind, int id, CancellationToken cancellationToken) =>
        DecideAsync(kind, id, ModerationAction.Kept, null, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(ContributionKind kind, int id, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(kind, id, ModerationAction.Restored, reason, cancellationToken);

    private async Task<IActionResult> DecideAsync(ContributionKind kind, int id, ModerationAction action, string? reason, CancellationToken cancellationToken)
    {
        var target = Enum.IsDefined(kind) ? await moderator.FindAsync(kind, id, cancellationToken) : null;
        if (target is null) return NotFound();
        if (!User.IsAreaStaff(target.AreaId)) return Forbid();
        if (action == ModerationAction.Restored ? !target.Hidden : target.Hidden) return NotFound();
        reason = reason.TrimToNull();
        if (action != ModerationAction.Kept && reason is null)
            ModelState.AddModelError(string.Empty, l["Moderation.ReasonNeeded"]);
        else if (reason?.Length > Flag.NoteMaxLength)
            ModelState.AddModelError(string.Empty, l["Validation.MaxLength", l["Moderation.Reason"], Flag.NoteMaxLength]);
        if (!ModelState.IsValid)
        {
            ShowHidden = action == ModerationAction.Restored;
            await LoadAsync(cancellationToken);
            return this.InvalidPage();
        }
        await moderator.DecideAsync(target, action, reason, User.PersonId(), cancellationToken);
        TempData["Notice"] = "Moderation.Done";
        return Redirect(action == ModerationAction.Restored ? "/balie/meldingen?verborgen=true" : "/balie/meldingen");
    }

    /// <summary>Questions and answers of the worker's areas, in a fixed number of queries.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var reach = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var questions = db.Questions.AsNoTracking().Where(q => reach == null || db.Points.Any(p => p.Id == q.PointId && reach.Contains(p.AreaId)));
        var answers = db.Answers.AsNoTracking().Where(a => questions.Any(q => q.Id == a.QuestionId));
        var flags = db.Flags.AsNoTracking().Where(f => f.HandledUtc == null);
        if (ShowHidden)
        {
            var hiddenQuestions = await questions.Where(q => q.HiddenUtc != null).OrderByDescending(q => q.HiddenUtc).Take(MaxShown)
                .Select(q => new Item(ContributionKind.Question, q.Id, q.Id, q.Title, q.Body, new List<FlagReason>(), new List<string>(), q.HiddenReason)).ToListAsync(cancellationToken);
            var hiddenAnswers = await answers.Where(a => a.HiddenUtc != null).OrderByDescending(a => a.HiddenUtc).Take(MaxShown)
                .Select(a => new Item(ContributionKind.Answer, a.Id, a.QuestionId, db.Questions.Where(q => q.Id == a.QuestionId).Select(q => q.Title).First(), a.Body, new List<FlagReason>(), new List<string>(), a.HiddenReason))
                .ToListAsync(cancellationToken);
            Items = [.. hiddenQuestions, .. hiddenAnswers];
            return;
        }
        var reportedQuestions = await questions.Where(q => q.HiddenUtc == null && flags.Any(f => f.Kind == ContributionKind.Question && f.ContributionId == q.Id))
            .Take(MaxShown).Select(q => new { q.Id, q.Title, q.Body }).ToListAsync(cancellationToken);
        var reportedAnswers = await answers.Where(a => a.HiddenUtc == null && flags.Any(f => f.Kind == ContributionKind.Answer && f.ContributionId == a.Id))
            .Take(MaxShown).Select(a => new { a.Id, a.QuestionId, Title = db.Questions.Where(q => q.Id == a.QuestionId).Select(q => q.Title).First(), a.Body }).ToListAsync(cancellationToken);
        var questionIds = reportedQuestions.Select(q => q.Id).ToList();
        var answerIds = reportedAnswers.Select(a => a.Id).ToList();
        var open = await flags.Where(f => (f.Kind == ContributionKind.Question && questionIds.Contains(f.ContributionId)) || (f.Kind == ContributionKind.Answer && answerIds.Contains(f.ContributionId)))
            .Select(f => new { f.Kind, f.ContributionId, f.Reason, f.Note }).ToListAsync(cancellationToken);
        Item Build(ContributionKind kind, int id, int questionId, string title, string text)
        {
            var mine = open.Where(f => f.Kind == kind && f.ContributionId == id).ToList();
            return new Item(kind, id, questionId, title, text, mine.Select(f => f.Reason).ToList(), mine.Where(f => f.Note is not null).Select(f => f.Note!).ToList(), null);
        }
        Items = [.. reportedQuestions.Select(q => Build(ContributionKind.Question, q.Id, q.Id, q.Title, q.Body)),
            .. reportedAnswers.Select(a => Build(ContributionKind.Answer, a.Id, a.QuestionId, a.Title, a.Body))];
    }
}
