using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// An approved project's page: its budget ledger (granted, paid in instalments, receipts, what is
/// left), its news for the showcase and, for an experiment, the evaluation. The project uploads
/// receipts and posts news; the city records payments. The working group reads along; anyone else: not found.
/// </summary>
[RequestSizeLimit(FormReader.MaxFileBytes * 2)]
[RequestFormLimits(MultipartBodyLengthLimit = FormReader.MaxFileBytes * 2)]
public class ProjectPageModel(AppDbContext db, OnBehalf onBehalf, Applications applications, Reviews reviews, Projects projects, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Update(int Id, string Text, int? PhotoId, string? PhotoAlt, int PhotoWidth, int PhotoHeight, DateTime PostedUtc);

    public Application Application { get; private set; } = null!;
    public bool IsOwn { get; private set; }
    public bool IsCity { get; private set; }
    public List<Payment> Payments { get; private set; } = [];
    public List<Receipt> Receipts { get; private set; } = [];
    public List<Update> Updates { get; private set; } = [];
    public long ReceiptsCents => Receipts.Sum(r => r.AmountCents);
    public bool EvaluationOpen { get; private set; }

    [BindProperty] public PaymentInput Pay { get; set; } = new();
    [BindProperty] public ReceiptInput Bill { get; set; } = new();
    [BindProperty] public UpdateInput News { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        Pay.PaidOn = clock.Today.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!IsCity || !User.Holds(Role.Administrator, null)) return this.NotDonePage(StepResult.Forbidden("Project.OnlyCity"));
        this.OnlyValidate(nameof(Pay));
        var cents = Money.ReadCents(Pay.Amount, "Pay.Amount", ModelState, l, Application.GrantedCents ?? 0);
        if (cents is null && ModelState.IsValid) ModelState.AddModelError("Pay.Amount", l["Validation.Required", l["Project.Field.Amount"]]);
        if (!ModelState.IsValid) return this.InvalidPage();
        return Done(await projects.PayAsync(Application, cents!.Value, Pay.PaidOn!.Value, Pay.Note ?? "", User.PersonId()!.Value, cancellationToken), "Project.Done.Paid", id);
    }

    public async Task<IActionResult> OnPostReceiptAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!IsOwn) return this.NotDonePage(StepResult.Forbidden("Project.OnlyProject"));
        this.OnlyValidate(nameof(Bill));
        var cents = Money.ReadCents(Bill.Amount, "Bill.Amount", ModelState, l, Application.GrantedCents ?? 0);
        if (cents is 0) ModelState.AddModelError("Bill.Amount", l["Money.OutOfRange", Money.Show(Application.GrantedCents ?? 0)]);
        if (Bill.File is null) ModelState.AddModelError("Bill.File", l["Validation.Required", l["Project.Field.ReceiptFile"]]);
        else if (await FormReader.FileProblemAsync(Bill.File, cancellationToken) is { } problem)
            ModelState.AddModelError("Bill.File", l[problem, l["Project.Field.ReceiptFile"], FormReader.MaxFileBytes / 1024 / 1024]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var actor = (await onBehalf.ActorAsync(cancellationToken))!;
        return Done(await projects.AddReceiptAsync(Application, Bill.File!, cents!.Value, Bill.Description!, actor.EnteredById ?? actor.PersonId, cancellationToken), "Project.Done.ReceiptAdded", id);
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!IsOwn) return this.NotDonePage(StepResult.Forbidden("Project.OnlyProject"));
        this.OnlyValidate(nameof(News));
        if (News.Photo is not null && PhotoStore.Check(News.Photo) is { } check)
            ModelState.AddModelError("News.Photo", PhotoStore.Explain(l, check));
        if (News.Photo is not null && string.IsNullOrWhiteSpace(News.PhotoAlt))
            ModelState.AddModelError("News.PhotoAlt", l["Validation.Required", l["Project.Field.PhotoAlt"]]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var actor = (await onBehalf.ActorAsync(cancellationToken))!;
        var (result, problem) = await projects.PostAsync(Application, News.Text!, News.Photo, News.PhotoAlt, actor.EnteredById ?? actor.PersonId, cancellationToken);
        if (problem is { } saveProblem)
        {
            ModelState.AddModelError("News.Photo", PhotoStore.Explain(l, saveProblem));
            return this.InvalidPage();
        }
        return Done(result, "Project.Done.Posted", id);
    }

    private IActionResult Done(StepResult result, string notice, int id)
    {
        if (!result.IsDone) return this.NotDonePage(result, "Project.Problem.Refused", "Project.Problem.Changed");
        TempData["Notice"] = notice;
        return Redirect($"/aanvraag/{id}/project");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Call).Include(a => a.Track)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null) return NotFound();
        var actor = await onBehalf.ActorAsync(cancellationToken);
        IsOwn = await applications.IsApplicantAsync(actor?.PersonId, application, cancellationToken);
        if (!IsOwn)
        {
            var seat = await reviews.SeatAsync(User, application, cancellationToken);
            IsCity = seat.SeesPeople;
        }
        if (!IsOwn && !IsCity) return NotFound();
        if (application.GrantedCents is null) return Redirect($"/aanvraag/{id}");
        Application = application;
        Payments = await db.Payments.AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.PaidOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        Receipts = await db.Receipts.AsNoTracking().Where(r => r.ApplicationId == id).OrderBy(r => r.UploadedUtc).ToListAsync(cancellationToken);
        Updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.ApplicationId == id).OrderByDescending(u => u.PostedUtc)
            .Select(u => new Update(u.Id, u.Text, u.PhotoId, u.Photo!.AltText, (int?)u.Photo.Width ?? 0, (int?)u.Photo.Height ?? 0, u.PostedUtc)).ToListAsync(cancellationToken);
        EvaluationOpen = application.Track!.EvaluationQuestionnaireId is not null && Projects.EvaluationOpen(application, clock.Today.ToDateOnly());
        return null;
    }

    public sealed class PaymentInput
    {
        [Display(Name = "Project.Field.Amount"), StringLength(20)]
        public string? Amount { get; set; }

        [Display(Name = "Project.Field.PaidOn"), Required]
        public DateOnly? PaidOn { get; set; }

        [Display(Name = "Project.Field.Note"), StringLength(Payment.NoteMaxLength)]
        public string? Note { get; set; }
    }

    public sealed class ReceiptInput
    {
        [Display(Name = "Project.Field.ReceiptAmount"), Required, StringLength(20)]
        public string? Amount { get; set; }

        [Display(Name = "Project.Field.ReceiptDescription"), Required, StringLength(Receipt.DescriptionMaxLength)]
        public string? Description { get; set; }

        public IFormFile? File { get; set; }
    }

    public sealed class UpdateInput
    {
        [Display(Name = "Project.Field.UpdateText"), Required, StringLength(ProgressUpdate.TextMaxLength)]
        public string? Text { get; set; }

        public IFormFile? Photo { get; set; }

        [Display(Name = "Project.Field.PhotoAlt"), StringLength(Places.Photo.AltMaxLength)]
        public string? PhotoAlt { get; set; }
    }
}
