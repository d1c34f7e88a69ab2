using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Admin;

/// <summary>The points a person tends: all for administrators, those of their areas for leads and workers.</summary>
public class PointsModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Area, PointPhase Phase);

    public List<Row> Points { get; private set; } = [];
    public bool IsAdministrator { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsAdministrator = User.Holds(Role.Administrator, null);
        var areas = IsAdministrator ? null : User.AreasFor(AreaScopeHandler.Tenders);
        var query = db.Points.AsNoTracking();
        if (areas is not null) query = query.Where(p => areas.Contains(p.AreaId));
        Points = await query.OrderBy(p => p.Area!.SortOrder).ThenBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.Area!.Name, p.Phase)).ToListAsync(cancellationToken);
    }
}
