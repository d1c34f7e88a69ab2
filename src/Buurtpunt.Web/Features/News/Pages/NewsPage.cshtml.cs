using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News.Pages;

/// <summary>The news of an area (/gebied/{area}/nieuws) or of a point (/punt/{point}/nieuws), with its Atom feed.</summary>
/// <remarks>Cached for anonymous visitors like every public page; any change drops the cache (PlaceChanges).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Shared.Ui.PublicPageCache.PolicyName)]
public class NewsPageModel(AppDbContext db, NewsList news) : PageModel
{
    public string Name { get; private set; } = "";
    public string BackUrl { get; private set; } = "";
    public string FeedUrl { get; private set; } = "";
    public List<NewsList.Row> Items { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? area, string? point, [FromQuery(Name = "pagina")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 10_000) return NotFound();
        int areaId;
        int? pointId = null;
        if (point is not null)
        {
            var p = await db.Points.AsNoTracking().Where(x => x.Slug == point).Select(x => new { x.Id, x.Name, x.AreaId }).SingleOrDefaultAsync(cancellationToken);
            if (p is null) return NotFound();
            (areaId, pointId, Name, BackUrl) = (p.AreaId, p.Id, p.Name, $"/punt/{point}");
        }
        else
        {
            var a = await db.Areas.AsNoTracking().Where(x => x.Slug == area).Select(x => new { x.Id, x.Name }).SingleOrDefaultAsync(cancellationToken);
            if (a is null) return NotFound();
            (areaId, Name, BackUrl) = (a.Id, a.Name, $"/gebied/{area}");
        }
        FeedUrl = $"{BackUrl}/nieuws.atom";
        PageNumber = page;
        var rows = await news.ForAsync(areaId, pointId, page, NewsList.PageSize + 1, cancellationToken);
        HasNext = rows.Count > NewsList.PageSize;
        Items = rows.Take(NewsList.PageSize).ToList();
        return Page();
    }
}
