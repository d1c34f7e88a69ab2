using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>The consent on paper: what the resident agreed to, for them to keep or to sign.</summary>
public class ConsentSlipModel(AppDbContext db, ResidentFiles files, Audit audit, CurrentMunicipality municipality) : PageModel
{
    public string ResidentName { get; private set; } = "";
    public Consent Consent { get; private set; } = null!;
    public string MunicipalityName => municipality.Info?.Name ?? "";
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int consentId, CancellationToken cancellationToken)
    {
        var file = await files.FindAsync(id, cancellationToken);
        if (file is null || !file.Assisted) return NotFound();
        if (!await files.MayAsync(file, ResidentOperations.View)) return Forbid();
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId && c.UserId == id, cancellationToken);
        if (consent is null) return NotFound();
        (ResidentName, Consent) = (file.Name, consent);
        var contact = await db.Municipalities.AsNoTracking().Select(m => new { m.ContactEmail, m.ContactPhone }).SingleAsync(cancellationToken);
        (ContactEmail, ContactPhone) = (contact.ContactEmail, contact.ContactPhone);
        await audit.RecordAsync(AuditActions.PersonViewed, id, "consent slip", cancellationToken);
        return Page();
    }
}
