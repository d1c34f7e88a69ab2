using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities.Admin;

/// <summary>The attendance list of a date to print: large type, a box to tick per person, the waiting list below.</summary>
public class OccurrenceListModel(AppDbContext db, IAuthorizationService authorization, Audit audit) : PageModel
{
    public Occurrence Date { get; private set; } = null!;
    public string Place { get; private set; } = "";
    public List<TendedDates.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (date, refusal) = await TendedDates.FindAsync(db, authorization, this, id, cancellationToken);
        if (refusal is not null) return refusal;
        Date = date!;
        Place = await db.Points.AsNoTracking().Where(p => p.Id == Date.Activity!.PointId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? Date.Activity!.Place ?? "";
        Rows = await TendedDates.RowsAsync(db, id, cancellationToken);
        await audit.RecordAsync(AuditActions.RegistrationsViewed, details: $"{Date.Activity!.Title} · {Date.Date:yyyy-MM-dd} · print", cancellationToken: cancellationToken);
        return Page();
    }
}
