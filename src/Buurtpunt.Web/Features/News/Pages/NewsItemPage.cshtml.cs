using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News.Pages;

/// <summary>One news item; before its publication date it is not found.</summary>
/// <remarks>Cached for anonymous visitors like every public page; any change drops the cache (PlaceChanges).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Shared.Ui.PublicPageCache.PolicyName)]
public class NewsItemPageModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public sealed record Item(int Id, string Title, string Body, DateTime PublishedUtc, int? PhotoId, string? PhotoAlt, string AreaName, string AreaSlug, string? PointName, string? PointSlug);

    public Item News { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var item = await db.NewsItems.AsNoTracking().Where(NewsItem.PublishedBy(now)).Where(n => n.Id == id)
            .Select(n => new Item(n.Id, n.Title, n.Body, n.PublishedUtc, n.PhotoId,
                db.Photos.Where(p => p.Id == n.PhotoId).Select(p => p.AltText).FirstOrDefault(),
                db.Areas.Where(a => a.Id == n.AreaId).Select(a => a.Name).First(), db.Areas.Where(a => a.Id == n.AreaId).Select(a => a.Slug).First(),
                db.Points.Where(p => p.Id == n.PointId).Select(p => p.Name).FirstOrDefault(), db.Points.Where(p => p.Id == n.PointId).Select(p => p.Slug).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        if (item is null) return NotFound();
        News = item;
        return Page();
    }
}
