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

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// One application, for its applicant (or the worker acting for them) and the municipality's
/// administrators without a conflict of interest in it (the review's rule, <see cref="Reviews.SeatAsync"/>);
/// anyone else: not found. A draft is filled in, saved and continued later; it
/// shows what is still missing and is submitted when complete. Afterwards it reads back, with its
/// history; the applicant can withdraw it until the decision.
/// </summary>
[RequestSizeLimit(FormReader.MaxFileBytes * 4)]
public class ApplicationPageModel(AppDbContext db, OnBehalf onBehalf, FormReader reader, Applications applications, Reviews reviews, Supports supports, Audit audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Supporter(string Name, string Address, bool FromPaper, DateTime CreatedUtc);

    public sealed record Step(DateTime AtUtc, ApplicationStatus Status, string? Note);

    public Application Application { get; private set; } = null!;
    public List<FormQuestion> Questions { get; private set; } = [];
    public FormFields Fields { get; private set; } = null!;
    public IReadOnlyList<FormQuestion> Missing { get; private set; } = [];
    public IReadOnlyDictionary<int, Core.Forms.Answer> Saved { get; private set; } = new Dictionary<int, Core.Forms.Answer>();
    public List<Step> History { get; private set; } = [];
    public bool IsOwn { get; private set; }
    /// <summary>The city's view: an administrator who is not party to the application.</summary>
    public bool IsCity { get; private set; }
    public int SupportCount { get; private set; }
    /// <summary>Who supports it: for administrators only (the applicant sees the count).</summary>
    public List<Supporter> Supporters { get; private set; } = [];
    /// <summary>The working group's question, while the application is back with the applicant.</summary>
    public string? Question { get; private set; }

    /// <summary>The neighbourhood or village the project is for: the showcase lists it there.</summary>
    [BindProperty, Display(Name = "Applications.Field.Area")]
    public int? AreaId { get; set; }

    public List<(int Id, string Name)> Areas { get; private set; } = [];

    /// <summary>The budget table (not for the join track: the offer is the budget).</summary>
    [BindProperty] public List<Budget.Row> Budget { get; set; } = [];
    public List<BudgetLine> SavedBudget { get; private set; } = [];
    public List<ApplicationPhoto> Photos { get; private set; } = [];

    /// <summary>A worker acting for the resident types in the paper form the resident filled in: the answers say so.</summary>
    [BindProperty] public bool FromPaper { get; set; }
    public bool ActingForResident { get; private set; }
    public bool HasBudget => Application.Track!.Kind != TrackKind.Join;

    [BindProperty, Display(Name = "Applications.Field.Reply"), StringLength(ApplicationEvent.NoteMaxLength)]
    public string? Reply { get; set; }

    [BindProperty, Display(Name = "Applications.Field.Title"), StringLength(Application.TitleMaxLength)]
    public string? Title { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        Title = Application.Title;
        AreaId = Application.AreaId;
        FromPaper = await db.FormResponses.Where(r => r.Id == Application.ResponseId).Select(r => r.FromPaper).SingleAsync(cancellationToken);
        Budget = [.. SavedBudget.Select(b => new Budget.Row { Item = b.Item, Amount = Money.Edit(b.AmountCents), Own = b.OwnCents == 0 ? "" : Money.Edit(b.OwnCents) })];
        if (!IsOwn) await audit.RecordAsync(AuditActions.ApplicationViewed, Application.ApplicantId, $"application {id}", cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    [BindProperty, Display(Name = "Support.Field.PaperName"), StringLength(Support.NameMaxLength)]
    public string? PaperName { get; set; }

    [BindProperty, Display(Name = "Support.Field.PaperAddress"), StringLength(Support.AddressMaxLength)]
    public string? PaperAddress { get; set; }

    /// <summary>A worker types in a support signed on the paper sheet.</summary>
    public async Task<IActionResult> OnPostPaperSupportAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        // Nobody enters supports on an application they are party to: the same rule as the view.
        if (!IsCity) return NotFound();
        foreach (var key in ModelState.Keys.Where(k => k != nameof(PaperName) && k != nameof(PaperAddress)).ToList()) ModelState.Remove(key);
        if (string.IsNullOrWhiteSpace(PaperName)) ModelState.AddModelError(nameof(PaperName), l["Validation.Required", l["Support.Field.PaperName"]]);
        if (string.IsNullOrWhiteSpace(PaperAddress)) ModelState.AddModelError(nameof(PaperAddress), l["Validation.Required", l["Support.Field.PaperAddress"]]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = await supports.AddAsync(Application, PaperName!, PaperAddress!, null, User.PersonId(), cancellationToken);
        if (!result.IsDone) return await NotDoneAsync(id, result, cancellationToken);
        await audit.RecordAsync(AuditActions.SupportEntered, Application.ApplicantId, $"application {id}", cancellationToken);
        TempData["Notice"] = "Support.PaperSaved";
        return Redirect($"/aanvraag/{id}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        var actor = await onBehalf.ActorAsync(cancellationToken);
        var result = !IsOwn ? StepResult.Refused()
            : await applications.TakeAsync(Application, ApplicationStep.Withdraw, [ApplicationActor.Applicant], actor!.EnteredById ?? actor.PersonId, null, cancellationToken);
        if (!result.IsDone) return await NotDoneAsync(id, result, cancellationToken);
        TempData["Notice"] = "Applications.Withdrawn";
        return Redirect($"/aanvraag/{id}");
    }

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!IsOwn || !ApplicationFlow.Editable(Application.Status)) return await NotDoneAsync(id, StepResult.Refused("Applications.NotEditable"), cancellationToken);
        var reading = await reader.ReadAsync(Questions, await Request.ReadFormAsync(cancellationToken), draft: !submit, cancellationToken, Saved);
        Fields = new FormFields(Questions, reading, Saved);
        if (submit && string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), l["Validation.Required", l["Applications.Field.Title"]]);
        if (AreaId is { } area && Areas.All(a => a.Id != area)) ModelState.AddModelError(nameof(AreaId), l["Validation.UnknownChoice"]);
        var budget = HasBudget ? Initiatives.Budget.Read(Budget, ModelState, l, Application.Call!.BudgetCents) : null;
        if (!ModelState.IsValid || !reading.Ok)
        {
            Missing = FormReader.Missing(Questions, reading.Answers);
            return this.InvalidPage();
        }
        var actor = (await onBehalf.ActorAsync(cancellationToken))!;
        var result = await applications.SaveAsync(Application, new ApplicationDraft(Title ?? "", AreaId, budget, Reply, ActingForResident ? FromPaper : null), Questions, reading, submit, actor, cancellationToken);
        if (result.Kind == StepKind.Invalid)
        {
            // The form again as it was posted, with what is still missing.
            Missing = FormReader.Missing(Questions, reading.Answers);
            return this.NotDonePage(result);
        }
        if (!result.IsDone) return await NotDoneAsync(id, result, cancellationToken);
        if (actor.EnteredById is not null)
            await audit.RecordAsync(AuditActions.ActedOnBehalf, actor.PersonId, $"application {id}: {(submit ? "submitted" : "saved")}", cancellationToken);
        TempData["Notice"] = submit ? "Applications.Submitted" : "Applications.Saved";
        return Redirect($"/aanvraag/{id}");
    }

    /// <summary>The application as it stands now, and why the step was not taken.</summary>
    private async Task<IActionResult> NotDoneAsync(int id, StepResult result, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return this.NotDonePage(result, "Applications.StepRefused");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Call).Include(a => a.Track)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var actor = await onBehalf.ActorAsync(cancellationToken);
        IsOwn = application is not null && await applications.IsApplicantAsync(actor?.PersonId, application, cancellationToken);
        ActingForResident = IsOwn && actor?.EnteredById is not null;
        IsCity = application is not null && !IsOwn && (await reviews.SeatAsync(User, application, cancellationToken)).Actors.Contains(ApplicationActor.Staff);
        if (application is null || !(IsOwn || IsCity)) return NotFound();
        Application = application;
        Questions = await db.FormQuestions.AsNoTracking().Where(q => q.QuestionnaireId == application.Track!.QuestionnaireId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        Saved = (await db.FormAnswers.AsNoTracking().Where(a => a.ResponseId == application.ResponseId).ToListAsync(cancellationToken))
            .ToDictionary(a => a.QuestionId, a => a.ToAnswer());
        Fields = new FormFields(Questions, null, Saved);
        Missing = FormReader.Missing(Questions, Saved);
        SavedBudget = await db.BudgetLines.AsNoTracking().Where(b => b.ApplicationId == id).OrderBy(b => b.Position).ToListAsync(cancellationToken);
        Photos = await ApplicationPhotos.ListAsync(db, id, cancellationToken);
        Areas = (await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Name)).ToList();
        SupportCount = await db.Supports.CountAsync(s => s.ApplicationId == id, cancellationToken);
        if (IsCity)
            Supporters = await db.Supports.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.CreatedUtc)
                .Select(s => new Supporter(s.Name, s.Address, s.FromPaper, s.CreatedUtc)).ToListAsync(cancellationToken);
        History = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new Step(e.AtUtc, e.Status, e.Note)).ToListAsync(cancellationToken);
        if (application.Status == ApplicationStatus.QuestionsToApplicant)
            Question = History.LastOrDefault(h => h.Status == ApplicationStatus.QuestionsToApplicant)?.Note;
        return null;
    }
}
