using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>
/// Frequently asked questions, grouped by category: at a point (its own, its area's and the
/// municipality's) or, without a point, the municipality's. Printable as it is.
/// </summary>
/// <remarks>Cached for anonymous visitors like every public page; any change drops the cache (PlaceChanges).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Shared.Ui.PublicPageCache.PolicyName)]
public class FaqModel(AppDbContext db) : PageModel
{
    public sealed record Entry(int Id, QuestionCategory Category, string Question, string Answer, int? AreaId);

    public string? PointName { get; private set; }
    public string? PointSlug { get; private set; }
    public List<IGrouping<QuestionCategory, Entry>> Groups { get; private set; } = [];

    public bool MayEdit(Entry entry) => User.IsAreaStaff(entry.AreaId);

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        var query = db.FaqEntries.AsNoTracking().Where(f => f.AreaId == null && f.PointId == null);
        if (slug is not null)
        {
            var point = await QuestionPoint.FindAsync(db, slug, cancellationToken);
            if (point is null) return NotFound();
            (PointName, PointSlug) = (point.Name, point.Slug);
            query = db.FaqEntries.AsNoTracking().Where(f => f.PointId == point.Id || (f.AreaId == point.AreaId && f.PointId == null) || (f.AreaId == null && f.PointId == null));
        }
        var entries = await query.OrderBy(f => f.Question).Select(f => new Entry(f.Id, f.Category, f.Question, f.Answer, f.AreaId)).ToListAsync(cancellationToken);
        Groups = entries.GroupBy(e => e.Category).OrderBy(g => g.Key).ToList();
        return Page();
    }
}
