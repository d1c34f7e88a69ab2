using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Admin;

/// <summary>One person's roles. Opening the file is audited, as is every grant and revocation.</summary>
public class PersonModel(AppDbContext db, Audit audit, MunicipalClock clock, IEnumerable<IStaffRoleEnded> staffRoleEnded, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Grant(int Id, Role Role, string? AreaName);

    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public List<Grant> Grants { get; private set; } = [];
    public List<(int Id, string Name)> Areas { get; private set; } = [];

    [BindProperty] public Role NewRole { get; set; } = Role.Volunteer;
    [BindProperty] public int? AreaId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        await audit.RecordAsync(AuditActions.PersonViewed, id, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken cancellationToken)
    {
        // The user query is filtered by municipality: a user id of another one is not found.
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!Enum.IsDefined(NewRole))
            ModelState.AddModelError(nameof(NewRole), l["Validation.UnknownChoice"]);
        else if (AreaId is not null && Areas.All(a => a.Id != AreaId))
            ModelState.AddModelError(nameof(AreaId), l["Validation.UnknownChoice"]);
        else if (!Roles.MayHaveArea(NewRole) && AreaId is not null)
            ModelState.AddModelError(nameof(AreaId), l["People.NoAreaForRole"]);
        else if (Roles.NeedsArea(NewRole) && AreaId is null)
            ModelState.AddModelError(nameof(AreaId), l["People.AreaNeeded"]);
        else if (Grants.Any(g => g.Role == NewRole && g.AreaName == Areas.FirstOrDefault(a => a.Id == AreaId).Name))
            ModelState.AddModelError(nameof(NewRole), l["People.AlreadyHas"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        db.RoleGrants.Add(new RoleGrant { UserId = id, Role = NewRole, AreaId = AreaId, GrantedUtc = clock.UtcNow });
        audit.Add(AuditActions.RoleGranted, id, AreaId is null ? NewRole.ToString() : $"{NewRole} area {AreaId}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, int grantId, CancellationToken cancellationToken)
    {
        var grant = await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.UserId == id, cancellationToken);
        if (grant is null) return NotFound();
        db.RoleGrants.Remove(grant);
        audit.Add(AuditActions.RoleRevoked, id, grant.AreaId is null ? grant.Role.ToString() : $"{grant.Role} area {grant.AreaId}");
        // Without any staff role left, what the person held as staff elsewhere (review seats) ends in the same save.
        if (Roles.IsStaff(grant.Role) && !await db.RoleGrants.AnyAsync(g => g.UserId == id && g.Id != grant.Id && Roles.Staff.Contains(g.Role), cancellationToken))
            foreach (var ended in staffRoleEnded)
                await ended.EndAsync(id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        if (user is null) return false;
        (Name, Email) = (user.DisplayName, user.Email);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        Areas = areas.Select(a => (a.Id, a.Name)).ToList();
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id).OrderBy(g => g.Role).Select(g => new { g.Id, g.Role, g.AreaId }).ToListAsync(cancellationToken);
        Grants = grants.Select(g => new Grant(g.Id, g.Role, g.AreaId is null ? null : Areas.FirstOrDefault(a => a.Id == g.AreaId).Name)).ToList();
        return true;
    }
}
