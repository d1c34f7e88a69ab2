using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

public class AreaEditModel(AppDbContext db, PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public int PointCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null) return NotFound();
        Input = AreaInput.From(area);
        PointCount = await db.Points.CountAsync(p => p.AreaId == id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var area = await db.Areas.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null) return NotFound();
        await AreaRules.CheckAsync(db, Input, id, ModelState, l, cancellationToken);
        if (!ModelState.IsValid)
        {
            PointCount = await db.Points.CountAsync(p => p.AreaId == id, cancellationToken);
            return this.InvalidPage();
        }
        Input.ApplyTo(area);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var area = await db.Areas.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null) return NotFound();
        // Points keep their history; an area with points cannot disappear under them.
        PointCount = await db.Points.CountAsync(p => p.AreaId == id, cancellationToken);
        if (PointCount > 0)
        {
            Input = AreaInput.From(area);
            return this.NotDonePage(StepResult.Refused("Admin.DeleteAreaHasPoints"), field: "", arguments: PointCount);
        }
        // Roles for this area would vanish with it, unseen by the audit trail: revoke them first.
        if (await db.RoleGrants.AnyAsync(g => g.AreaId == id, cancellationToken))
        {
            Input = AreaInput.From(area);
            return this.NotDonePage(StepResult.Refused("Admin.DeleteAreaHasRoles"), field: "");
        }
        db.Areas.Remove(area);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Deleted";
        return RedirectToPage("/Places/Admin/Areas");
    }
}
