using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>The applications of this person (or of the resident a worker acts for), drafts first.</summary>
public class MyApplicationsModel(AppDbContext db, OnBehalf onBehalf) : PageModel
{
    public sealed record Row(int Id, string Title, string Call, TrackKind Track, ApplicationStatus Status, DateTime UpdatedUtc);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        Rows = (await db.Applications.AsNoTracking().Where(a => a.ApplicantId == actor.PersonId || db.CoApplicants.Any(c => c.ApplicationId == a.Id && c.PersonId == actor.PersonId))
                .OrderByDescending(a => a.UpdatedUtc).Take(100)
                .Select(a => new Row(a.Id, a.Title, a.Call!.Title, a.Track!.Kind, a.Status, a.UpdatedUtc)).ToListAsync(cancellationToken))
            .OrderBy(r => r.Status == ApplicationStatus.Draft ? 0 : 1).ToList();
        return Page();
    }
}
