using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>The requests for help of this person (or of the resident a worker acts for), newest first.</summary>
public class MyHelpModel(AppDbContext db, OnBehalf onBehalf) : PageModel
{
    public sealed record Row(int Id, Core.Help.HelpKind Kind, DateOnly Date, Core.Help.HelpStatus Status);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        Rows = await db.HelpRequests.AsNoTracking().Where(r => r.RequesterId == actor.PersonId)
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).Take(100)
            .Select(r => new Row(r.Id, r.Kind, r.Date, r.Status)).ToListAsync(cancellationToken);
        return Page();
    }
}
