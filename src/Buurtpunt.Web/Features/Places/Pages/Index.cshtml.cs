using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Pages;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public class IndexModel(AppDbContext db, PointCards pointCards, IConfiguration configuration) : PageModel
{
    public string Name { get; private set; } = "";
    public string? Introduction { get; private set; }
    public MapView? Map { get; private set; }
    public List<AreaSection> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking()
            .Select(m => new { m.Name, m.Introduction, m.MapLatitude, m.MapLongitude, m.MapZoom })
            .SingleAsync(cancellationToken);
        Name = municipality.Name;
        Introduction = municipality.Introduction;
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Slug, a.Kind, a.Description })
            .ToListAsync(cancellationToken);
        var cards = (await pointCards.LoadAsync(null, cancellationToken)).ToLookup(c => c.AreaId);
        Areas = areas.Select(a => new AreaSection(a.Name, a.Slug, a.Kind, a.Description, cards[a.Id].ToList())).ToList();
        Map = MapView.Create(configuration, municipality.MapLatitude, municipality.MapLongitude, municipality.MapZoom, cards.SelectMany(c => c));
    }

    public sealed record AreaSection(string Name, string Slug, AreaKind Kind, string? Description, List<PointCard> Points);
}
