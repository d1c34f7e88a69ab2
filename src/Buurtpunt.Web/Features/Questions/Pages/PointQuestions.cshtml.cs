using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>The questions of one point, newest first, a page at a time, in a fixed number of queries.</summary>
/// <remarks>Cached for anonymous visitors like every public page; any change drops the cache (PlaceChanges).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Shared.Ui.PublicPageCache.PolicyName)]
public class PointQuestionsModel(AppDbContext db, OnBehalf onBehalf) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(int Id, string Title, QuestionCategory Category, bool Private, QuestionStatus Status, int Answers, DateTime CreatedUtc);

    public string PointName { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public List<Row> Questions { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "pagina")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 10_000) return NotFound();
        var point = await QuestionPoint.FindAsync(db, slug, cancellationToken);
        if (point is null) return NotFound();
        (PointName, Slug, PageNumber) = (point.Name, point.Slug, page);
        var actor = (await onBehalf.ActorAsync(cancellationToken))?.PersonId;
        var staff = User.IsAreaStaff(point.AreaId);
        var rows = await db.Questions.AsNoTracking()
            .Where(q => q.PointId == point.Id && q.HiddenUtc == null && (!q.Private || staff || (actor != null && q.AuthorId == actor)))
            .OrderByDescending(q => q.CreatedUtc).ThenByDescending(q => q.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(q => new { q.Id, q.Title, q.Category, q.Private, q.BestAnswerId, Answers = q.Answers.Count(a => a.HiddenUtc == null), q.CreatedUtc })
            .ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Questions = rows.Take(PageSize).Select(q => new Row(q.Id, q.Title, q.Category, q.Private, Question.StatusOf(q.BestAnswerId, q.Answers), q.Answers, q.CreatedUtc)).ToList();
        return Page();
    }
}
