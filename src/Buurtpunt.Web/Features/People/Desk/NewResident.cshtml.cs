using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>
/// A worker opens an account for a resident who is not online: no e-mail, no password, and
/// only with the resident's consent, recorded in the same transaction.
/// </summary>
public class NewResidentModel(AppDbContext db, UserManager<User> users, Audit audit, MunicipalClock clock, IStringLocalizer<SharedResource> l)
    : PageModel, IResidentForm, IConsentForm
{
    [BindProperty] public ResidentInput Resident { get; set; } = new();
    [BindProperty] public ConsentInput Consent { get; set; } = new();
    public List<(int Id, string Name)> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = await DeskRules.AreasInReachAsync(db, User, cancellationToken);
        Consent.GivenOn = clock.Today.ToDateOnly();
        Consent.Account = true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Areas = await DeskRules.AreasInReachAsync(db, User, cancellationToken);
        DeskRules.CheckResident(Resident, nameof(Resident), Areas, ModelState, l);
        DeskRules.CheckConsent(Consent, nameof(Consent), ModelState, clock, l);
        if (!ModelState.IsValid) return this.InvalidPage();

        var worker = await users.GetUserAsync(User);
        if (worker is null) return Challenge();
        var id = Guid.NewGuid();
        var resident = new User
        {
            Id = id, DisplayName = Resident.DisplayName.Trim(), AreaId = Resident.AreaId,
            // Not an address anyone can sign in with: the account has no e-mail and no password until taken over.
            UserName = $"assisted:{id:N}", PhoneNumber = Resident.Phone.TrimToNull(), PostalAddress = Resident.PostalAddress.TrimToNull(),
            Assisted = true, LockoutEnabled = true,
        };
        resident.Roles.Add(new RoleGrant { Role = Role.Resident, GrantedUtc = clock.UtcNow });
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(resident);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError(string.Empty, error.Description);
            return this.InvalidPage();
        }
        db.Consents.Add(new Consent
        {
            UserId = id, Scopes = Consent.Scopes, Method = Consent.Method, GivenOn = Consent.GivenOn!.Value,
            RecordedById = worker.Id, RecordedByName = worker.DisplayName, RecordedUtc = clock.UtcNow,
        });
        audit.Add(AuditActions.AssistedCreated, id);
        audit.Add(AuditActions.ConsentRecorded, id, Consent.Scopes.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Notice"] = "Desk.Created";
        return RedirectToPage("/People/Desk/Resident", new { id });
    }
}
