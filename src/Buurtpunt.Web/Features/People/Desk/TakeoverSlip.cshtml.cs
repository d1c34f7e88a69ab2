using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>
/// Makes a take-over code and shows it once, on a slip to print: only its hash is kept, and a
/// new code voids any earlier one.
/// </summary>
public class TakeoverSlipModel(AppDbContext db, ResidentFiles files, Audit audit, MunicipalClock clock, PublicLinks links) : PageModel
{
    public string ResidentName { get; private set; } = "";
    public string? Code { get; private set; }
    public DateTime ExpiresUtc { get; private set; }
    public string TakeoverUrl => links.Absolute("/overnemen");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await OpenAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refusal) return refusal;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TakeoverCodes.Where(c => c.UserId == id && c.UsedUtc == null).ExecuteDeleteAsync(cancellationToken);
        var (code, plain) = TakeoverCode.Create(id, clock.UtcNow);
        db.TakeoverCodes.Add(code);
        audit.Add(AuditActions.TakeoverCodeMade, id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        (Code, ExpiresUtc) = (TakeoverCode.Format(plain), code.ExpiresUtc);
        // The code is on this response only: never cached, never stored in plain text.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await files.FindAsync(id, cancellationToken);
        if (file is null || !file.Assisted) return NotFound();
        if (!await files.MayAsync(file, ResidentOperations.Edit)) return Forbid();
        ResidentName = file.Name;
        return null;
    }
}
