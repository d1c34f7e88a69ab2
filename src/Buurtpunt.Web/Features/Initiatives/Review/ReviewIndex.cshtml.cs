using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>The calls this person reviews (administrators: all), with how many applications wait in each.</summary>
public class ReviewIndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, DateOnly ClosesOn, int Submitted, int InReview, int Assessed);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = User.Holds(Role.Administrator, null);
        var seats = Reviews.SeatsOf(db, User);
        Rows = await db.Calls.AsNoTracking()
            .Where(c => all || seats.Any(s => s.CallId == c.Id))
            .OrderByDescending(c => c.OpensOn).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Title, c.ClosesOn,
                db.Applications.Count(a => a.CallId == c.Id && a.Status == ApplicationStatus.Submitted),
                db.Applications.Count(a => a.CallId == c.Id && (a.Status == ApplicationStatus.InReview || a.Status == ApplicationStatus.QuestionsToApplicant)),
                db.Applications.Count(a => a.CallId == c.Id && a.Status == ApplicationStatus.Assessed)))
            .ToListAsync(cancellationToken);
    }
}
