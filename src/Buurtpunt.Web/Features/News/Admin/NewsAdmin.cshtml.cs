using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News.Admin;

/// <summary>The news of the areas this person tends, newest first.</summary>
public class NewsAdminModel(AppDbContext db) : PageModel
{
    private const int MaxShown = 100;

    public sealed record Row(int Id, string Title, string Area, string? Point, DateTime PublishedUtc, bool Pinned);

    public List<Row> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var areas = User.AreasFor(AreaScopeHandler.Tenders);
        var query = db.NewsItems.AsNoTracking();
        if (areas is not null) query = query.Where(n => areas.Contains(n.AreaId));
        Items = await query.OrderByDescending(n => n.PublishedUtc).ThenByDescending(n => n.Id).Take(MaxShown)
            .Select(n => new Row(n.Id, n.Title, db.Areas.Where(a => a.Id == n.AreaId).Select(a => a.Name).First(),
                db.Points.Where(p => p.Id == n.PointId).Select(p => p.Name).FirstOrDefault(), n.PublishedUtc, n.Pinned))
            .ToListAsync(cancellationToken);
    }
}
