using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Desk;

/// <summary>The volunteers of the areas this worker serves; a worker approves a new one after a talk (audited).</summary>
public class VolunteersModel(AppDbContext db, MunicipalClock clock, Audit audit) : PageModel
{
    public sealed record Row(int Id, string Name, string Area, List<HelpKind> Kinds, int HoursPerWeek, int MaxRequests, bool Approved, bool Paused);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var areas = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var query = db.Volunteers.AsNoTracking();
        if (areas is not null) query = query.Where(v => areas.Contains(v.AreaId));
        Rows = await query.OrderBy(v => v.ApprovedUtc != null).ThenBy(v => v.Id).Take(500)
            .Select(v => new Row(v.Id, db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First(),
                db.Areas.Where(a => a.Id == v.AreaId).Select(a => a.Name).First(), v.Kinds, v.HoursPerWeek, v.MaxRequests, v.ApprovedUtc != null, v.Paused))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.VolunteersListed, cancellationToken: cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(int volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.Id == volunteerId, cancellationToken);
        if (volunteer is null) return NotFound();
        if (!User.IsAreaStaff(volunteer.AreaId)) return Forbid();
        if (volunteer.ApprovedUtc is null) (volunteer.ApprovedUtc, volunteer.ApprovedById) = (clock.UtcNow, User.PersonId());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.VolunteerApproved, volunteer.UserId, cancellationToken: cancellationToken);
        TempData["Notice"] = "Volunteer.ApprovedNotice";
        return Redirect("/balie/vrijwilligers");
    }
}
