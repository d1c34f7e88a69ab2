using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Admin;

public class PointsModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Area, PointPhase Phase);

    public List<Row> Points { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Points = await db.Points.AsNoTracking().OrderBy(p => p.Area!.SortOrder).ThenBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.Area!.Name, p.Phase)).ToListAsync(cancellationToken);
}
