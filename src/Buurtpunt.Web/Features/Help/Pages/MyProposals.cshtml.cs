using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>A volunteer's requests: proposals waiting for their answer first, then those they help with, then the past.</summary>
public class MyProposalsModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, Core.Help.HelpKind Kind, DateOnly Date, int RepeatWeeks, MatchStatus Status, bool Thanked);

    public List<Row> Rows { get; private set; } = [];
    public bool IsVolunteer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.PersonId();
        IsVolunteer = await db.Volunteers.AnyAsync(v => v.UserId == me, cancellationToken);
        Rows = (await db.HelpMatches.AsNoTracking().Where(m => m.Volunteer!.UserId == me)
                .OrderByDescending(m => m.ProposedUtc).ThenByDescending(m => m.Id).Take(100)
                .Select(m => new Row(m.Id, m.Request!.Kind, m.Request.Date, m.Request.RepeatWeeks, m.Status, m.Thanks != null)).ToListAsync(cancellationToken))
            .OrderBy(r => r.Status switch { MatchStatus.Proposed => 0, MatchStatus.Accepted => 1, _ => 2 }).ToList();
    }
}
