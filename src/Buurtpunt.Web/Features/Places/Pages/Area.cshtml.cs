using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Pages;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public class AreaModel(AppDbContext db, PointCards pointCards, IConfiguration configuration) : PageModel
{
    public string Name { get; private set; } = "";
    public AreaKind Kind { get; private set; }
    public string? Description { get; private set; }
    public List<PointCard> Points { get; private set; } = [];
    public MapView? Map { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Name, a.Kind, a.Description }).SingleOrDefaultAsync(cancellationToken);
        if (area is null) return NotFound();
        (Name, Kind, Description) = (area.Name, area.Kind, area.Description);
        Points = await pointCards.LoadAsync(area.Id, cancellationToken);
        if (Points.Count > 0)
            Map = MapView.Create(configuration, Points.Average(p => p.Latitude), Points.Average(p => p.Longitude), 14, Points);
        return Page();
    }
}
