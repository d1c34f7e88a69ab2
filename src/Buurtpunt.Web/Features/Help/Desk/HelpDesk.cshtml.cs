using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Desk;

/// <summary>
/// The requests for help that still need a worker in the areas they serve: open ones (longest
/// waiting first, flagged after <see cref="FlagAfterDays"/> days), proposals waiting for the
/// volunteer's answer, and accepted ones whose outcome is to be recorded.
/// </summary>
public class HelpDeskModel(AppDbContext db, MunicipalClock clock, Audit audit) : PageModel
{
    private const int MaxShown = 300;
    /// <summary>Requests open this many days or longer are flagged: someone has been waiting too long.</summary>
    public const int FlagAfterDays = 7;

    public sealed record Row(int Id, Core.Help.HelpKind Kind, string Requester, string Area, DateOnly Date, int RepeatWeeks, DateTime CreatedUtc, HelpStatus Status);

    private static readonly HelpStatus[] Active = [HelpStatus.Open, HelpStatus.Proposed, HelpStatus.Accepted];

    public List<Row> Rows { get; private set; } = [];

    public int DaysWaiting(Row row) => (int)(clock.UtcNow - row.CreatedUtc).TotalDays;

    public bool WaitingLong(Row row) => row.Status == HelpStatus.Open && DaysWaiting(row) >= FlagAfterDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var areas = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var open = db.HelpRequests.AsNoTracking().Where(r => Active.Contains(r.Status));
        if (areas is not null) open = open.Where(r => areas.Contains(r.AreaId));
        Rows = await open.OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).Take(MaxShown)
            .Select(r => new Row(r.Id, r.Kind, db.Users.Where(u => u.Id == r.RequesterId).Select(u => u.DisplayName).First(),
                db.Areas.Where(a => a.Id == r.AreaId).Select(a => a.Name).First(), r.Date, r.RepeatWeeks, r.CreatedUtc, r.Status))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.HelpRequestsListed, cancellationToken: cancellationToken);
    }
}
