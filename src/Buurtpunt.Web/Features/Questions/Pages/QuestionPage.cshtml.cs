using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>One question with its answers; neighbours and workers answer, the asker or a worker picks the best one.</summary>
/// <remarks>Cached for anonymous visitors like every public page; any change drops the cache (PlaceChanges).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Shared.Ui.PublicPageCache.PolicyName)]
public class QuestionPageModel(
    AppDbContext db, OnBehalf onBehalf, IAuthorizationService authorization, QuestionMails mails, Audit audit, MunicipalClock clock,
    Microsoft.AspNetCore.Identity.UserManager<User> users, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, Places.PlaceChanges changes)
    : PageModel
{
    public sealed record Author(string? Name, string? EnteredBy);
    public sealed record AnswerRow(int Id, string Body, Author By, DateTime CreatedUtc, string? HiddenReason, bool Hidden);

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public QuestionCategory Category { get; private set; }
    public bool Private { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public Author AskedBy { get; private set; } = new(null, null);
    public string PointName { get; private set; } = "";
    public string PointSlug { get; private set; } = "";
    public int? BestAnswerId { get; private set; }
    public List<AnswerRow> Answers { get; private set; } = [];
    public QuestionStatus Status => Question.StatusOf(BestAnswerId, Answers.Count(a => !a.Hidden));
    public bool MayMarkBest { get; private set; }
    public bool MayMakeFaq { get; private set; }
    /// <summary>The area's staff also see hidden contributions, marked, to restore them.</summary>
    public bool IsModerator { get; private set; }
    public string? HiddenReason { get; private set; }
    public bool Hidden { get; private set; }

    [BindProperty, Display(Name = "Questions.Field.Answer"), Required, StringLength(Answer.BodyMaxLength)]
    public string AnswerText { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken cancellationToken)
    {
        var asker = await LoadAsync(id, cancellationToken);
        if (asker is null) return NotFound();
        var actor = await onBehalf.ActorAsync(cancellationToken);
        if (actor is null) return Challenge();
        if (Hidden) return NotFound();
        if (!ModelState.IsValid) return this.InvalidPage();
        db.Answers.Add(new Answer { QuestionId = id, AuthorId = actor.PersonId, EnteredById = actor.EnteredById, Body = AnswerText.Trim(), CreatedUtc = clock.UtcNow });
        if (actor.EnteredById is not null) audit.Add(AuditActions.ActedOnBehalf, actor.PersonId, $"answer to question {id}");
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        if (asker.Value.AskerId is { } askerId && askerId != actor.PersonId)
        {
            var contact = await db.Users.AsNoTracking().Where(u => u.Id == askerId && u.EmailConfirmed && u.Email != null)
                .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
            if (contact is not null) mails.AnswerArrived(contact.Email!, contact.DisplayName, Title, id);
        }
        TempData["Notice"] = "Questions.Answered";
        return Redirect($"/vraag/{id}#antwoorden");
    }

    public async Task<IActionResult> OnPostBestAsync(int id, int answerId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null) return NotFound();
        if (!MayMarkBest) return Forbid();
        if (Answers.All(a => a.Id != answerId || a.Hidden)) return NotFound();
        await db.Questions.Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.BestAnswerId, answerId), cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Questions.BestChosen";
        return Redirect($"/vraag/{id}#antwoorden");
    }

    public async Task<IActionResult> OnPostFlagAsync(int id, ContributionKind kind, int contributionId, FlagReason reason, string? note, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null) return NotFound();
        if (User.Identity?.IsAuthenticated != true || users.GetUserId(User) is not { } me) return Challenge();
        var visible = kind switch
        {
            ContributionKind.Question => contributionId == id && !Hidden,
            ContributionKind.Answer => Answers.Any(a => a.Id == contributionId && !a.Hidden),
            _ => false,
        };
        if (!visible) return NotFound();
        // The answer box is another form on the page: only this form's values count here.
        ModelState.Remove(nameof(AnswerText));
        if (!Enum.IsDefined(reason)) ModelState.AddModelError(string.Empty, l["Validation.UnknownChoice"]);
        if (note?.Length > Flag.NoteMaxLength) ModelState.AddModelError(string.Empty, l["Validation.MaxLength", l["Flag.Note"], Flag.NoteMaxLength]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var reporter = Guid.Parse(me);
        if (await db.Flags.AnyAsync(f => f.Kind == kind && f.ContributionId == contributionId && f.ReporterId == reporter && f.HandledUtc == null, cancellationToken))
        {
            TempData["Notice"] = "Flag.Already";
            return Redirect($"/vraag/{id}");
        }
        db.Flags.Add(new Flag { Kind = kind, ContributionId = contributionId, ReporterId = reporter, Reason = reason, Note = note.TrimToNull(), CreatedUtc = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Flag.Thanks";
        return Redirect($"/vraag/{id}");
    }

    /// <summary>Loads what this person may see; null when the question is unknown here or private to others (404 either way).</summary>
    private async Task<(Guid? AskerId, int AreaId)?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var q = await db.Questions.AsNoTracking().Where(q => q.Id == id)
            .Select(q => new
            {
                q.Id, q.Title, q.Body, q.Category, q.Private, q.CreatedUtc, q.AuthorId, q.BestAnswerId, q.HiddenUtc, q.HiddenReason,
                Author = db.Users.Where(u => u.Id == q.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                EnteredBy = db.Users.Where(u => u.Id == q.EnteredById).Select(u => u.DisplayName).FirstOrDefault(),
                Point = db.Points.Where(p => p.Id == q.PointId).Select(p => new { p.Name, p.Slug, p.AreaId }).First(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (q is null) return null;
        var actor = await onBehalf.ActorAsync(cancellationToken);
        var facts = new QuestionFacts(q.Point.AreaId, q.AuthorId, q.Private, actor?.PersonId);
        if (!(await authorization.AuthorizeAsync(User, facts, QuestionOperations.Read)).Succeeded) return null;
        IsModerator = User.IsAreaStaff(q.Point.AreaId);
        // Hidden is gone for everyone but the staff who may restore it.
        if (q.HiddenUtc is not null && !IsModerator) return null;
        (Hidden, HiddenReason) = (q.HiddenUtc is not null, q.HiddenReason);
        MayMarkBest = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, facts, QuestionOperations.MarkBest)).Succeeded;
        (Id, Title, Body, Category, Private, CreatedUtc, BestAnswerId) = (q.Id, q.Title, q.Body, q.Category, q.Private, q.CreatedUtc, q.BestAnswerId);
        (PointName, PointSlug) = (q.Point.Name, q.Point.Slug);
        AskedBy = new Author(q.Author, q.EnteredBy);
        MayMakeFaq = q.BestAnswerId is not null && q.HiddenUtc is null && IsModerator;
        var showHidden = IsModerator;
        Answers = await db.Answers.AsNoTracking().Where(a => a.QuestionId == id && (showHidden || a.HiddenUtc == null)).OrderBy(a => a.CreatedUtc).ThenBy(a => a.Id)
            .Select(a => new AnswerRow(a.Id, a.Body,
                new Author(db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                    db.Users.Where(u => u.Id == a.EnteredById).Select(u => u.DisplayName).FirstOrDefault()),
                a.CreatedUtc, a.HiddenReason, a.HiddenUtc != null))
            .ToListAsync(cancellationToken);
        return (q.AuthorId, q.Point.AreaId);
    }
}
