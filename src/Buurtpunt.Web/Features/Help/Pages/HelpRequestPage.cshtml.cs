using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>One request for help, for the person who asked and the area's staff (anyone else: not found). Staff viewing it is audited.</summary>
public class HelpRequestPageModel(AppDbContext db, OnBehalf onBehalf, MunicipalClock clock, Audit audit) : PageModel
{
    public HelpRequest Help { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public string? PointName { get; private set; }
    public string RequesterName { get; private set; } = "";
    public bool IsOwn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!IsOwn) await audit.RecordAsync(AuditActions.HelpRequestViewed, Help.RequesterId, $"help request {id}", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (Help.Status is HelpStatus.Done or HelpStatus.Cancelled) return BadRequest();
        var tracked = await db.HelpRequests.SingleAsync(r => r.Id == id, cancellationToken);
        (tracked.Status, tracked.StatusChangedUtc) = (HelpStatus.Cancelled, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Help.CancelledNotice";
        return Redirect($"/hulp/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var request = await db.HelpRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var actor = await onBehalf.ActorAsync(cancellationToken);
        if (request is null || !HelpAccess.MaySee(User, actor, request)) return NotFound();
        (Help, IsOwn) = (request, actor?.PersonId == request.RequesterId);
        AreaName = await db.Areas.AsNoTracking().Where(a => a.Id == request.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        PointName = request.PointId is { } point ? await db.Points.AsNoTracking().Where(p => p.Id == point).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) : null;
        RequesterName = await db.Users.AsNoTracking().Where(u => u.Id == request.RequesterId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return null;
    }
}
