using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>
/// An assisted resident's file: their data, consent, take-over code, and the worker's actions
/// for them. Every look and every change is in the audit trail.
/// </summary>
public class ResidentModel(
    AppDbContext db, ResidentFiles files, OnBehalf onBehalf, PersonalData personalData, Audit audit, MunicipalClock clock, IStringLocalizer<SharedResource> l)
    : PageModel, IResidentForm, IConsentForm
{
    public sealed record ConsentRow(int Id, ConsentScope Scopes, ConsentMethod Method, DateOnly GivenOn, string RecordedBy, DateTime RecordedUtc, DateTime? WithdrawnUtc);

    public ResidentFile? Person { get; private set; }
    public string? AreaName { get; private set; }
    public string? Phone { get; private set; }
    public string? PostalAddress { get; private set; }
    public List<ConsentRow> Consents { get; private set; } = [];
    public ConsentRow? CurrentConsent => Consents.FirstOrDefault();
    public DateTime? TakeoverExpiresUtc { get; private set; }
    public bool TakeoverStarted { get; private set; }
    public List<(int Id, string Name)> Areas { get; private set; } = [];

    [BindProperty] public ResidentInput Resident { get; set; } = new();
    [BindProperty] public ConsentInput Consent { get; set; } = new();
    [BindProperty] public bool Sure { get; set; }
    [BindProperty] public bool RemoveContributions { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.View, cancellationToken) is { } refusal) return refusal;
        Resident = new ResidentInput { DisplayName = Person!.Name, AreaId = Person.AreaId, Phone = Phone, PostalAddress = PostalAddress };
        Consent = new ConsentInput { GivenOn = clock.Today.ToDateOnly(), Account = true };
        return Page();
    }

    /// <summary>Whenever the file is shown — also again with form errors — the look is in the trail.</summary>
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult && Person is not null)
            await audit.RecordAsync(AuditActions.PersonViewed, Person.Id, "assisted", HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.Edit, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(Resident));
        DeskRules.CheckResident(Resident, nameof(Resident), Areas, ModelState, l);
        if (!ModelState.IsValid) return this.InvalidPage();
        var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        user.DisplayName = Resident.DisplayName.Trim();
        user.AreaId = Resident.AreaId;
        user.PhoneNumber = Resident.Phone.TrimToNull();
        user.PostalAddress = Resident.PostalAddress.TrimToNull();
        audit.Add(AuditActions.AssistedEdited, id);
        await db.SaveChangesAsync(cancellationToken);
        return Saved(id, "Admin.Saved");
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.RecordConsent, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(Consent));
        DeskRules.CheckConsent(Consent, nameof(Consent), ModelState, clock, l);
        if (!ModelState.IsValid) return this.InvalidPage();
        var worker = await db.Users.AsNoTracking().Where(u => u.Id == SignedInId()).Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);
        db.Consents.Add(new Consent
        {
            UserId = id, Scopes = Consent.Scopes, Method = Consent.Method, GivenOn = Consent.GivenOn!.Value,
            RecordedById = worker.Id, RecordedByName = worker.DisplayName, RecordedUtc = clock.UtcNow,
        });
        audit.Add(AuditActions.ConsentRecorded, id, Consent.Scopes.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return Saved(id, "Desk.ConsentSaved");
    }

    /// <summary>A withdrawn consent ends acting on the resident's behalf at once; the account stays until erased.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.Edit, cancellationToken) is { } refusal) return refusal;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Consents.Where(c => c.UserId == id && c.WithdrawnUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnUtc, clock.UtcNow), cancellationToken);
        if (changed == 0) return NotFound();
        await audit.RecordAsync(AuditActions.ConsentWithdrawn, id, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Saved(id, "Desk.ConsentWithdrawn");
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.View, cancellationToken) is { } refusal) return refusal;
        if (!await onBehalf.StartAsync(id, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Desk.NoActingConsent"]);
            return this.InvalidPage();
        }
        TempData["Notice"] = "Desk.ActingStarted";
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostExportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.Export, cancellationToken) is { } refusal) return refusal;
        var export = await personalData.ExportAsync(id, cancellationToken);
        if (export is null) return NotFound();
        await audit.RecordAsync(AuditActions.PersonExported, id, cancellationToken: cancellationToken);
        return File(PersonalData.ToJson(export), "application/json", "buurtpunt-gegevens-bewoner.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, ResidentOperations.Erase, cancellationToken) is { } refusal) return refusal;
        if (!Sure)
        {
            ModelState.AddModelError(nameof(Sure), l["Erase.NotSure"]);
            return this.InvalidPage();
        }
        // The trail keeps the id only, never a name: it says an erasure happened, not whose data it was.
        // Both in one transaction: never an "erased" entry for someone still there, nor the reverse.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.PersonErased, id, cancellationToken: cancellationToken);
        await personalData.EraseAsync(id, RemoveContributions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Person = null;
        TempData["Notice"] = "Desk.Erased";
        return RedirectToPage("/People/Desk/Residents");
    }

    private Guid SignedInId() => User.PersonId()!.Value;

    private RedirectToPageResult Saved(Guid id, string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }


    /// <summary>404 for an id that is not an assisted resident here, 403 when this person may not do this; else loads the file.</summary>
    private async Task<IActionResult?> OpenAsync(Guid id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var file = await files.FindAsync(id, cancellationToken);
        if (file is null || !file.Assisted) return NotFound();
        if (!await files.MayAsync(file, operation)) return Forbid();
        Person = file;
        var details = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.PhoneNumber, u.PostalAddress, u.Email, Area = db.Areas.Where(a => a.Id == u.AreaId).Select(a => a.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        (Phone, PostalAddress, AreaName, TakeoverStarted) = (details.PhoneNumber, details.PostalAddress, details.Area, details.Email is not null);
        Consents = await db.Consents.AsNoTracking().Where(c => c.UserId == id).OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id)
            .Select(c => new ConsentRow(c.Id, c.Scopes, c.Method, c.GivenOn, c.RecordedByName, c.RecordedUtc, c.WithdrawnUtc)).ToListAsync(cancellationToken);
        TakeoverExpiresUtc = await db.TakeoverCodes.AsNoTracking().Where(c => c.UserId == id && c.UsedUtc == null && c.ExpiresUtc > clock.UtcNow)
            .Select(c => (DateTime?)c.ExpiresUtc).MaxAsync(cancellationToken);
        Areas = await DeskRules.AreasInReachAsync(db, User, cancellationToken);
        return null;
    }
}
