using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// The review queue of one call for its working group, committee and administrators: every submitted
/// application by where it stands, with its support, the working group's advice and the scores so far,
/// and what this reviewer still has to do. Titles only: who applied is on the file, for those who may see it.
/// </summary>
public class ReviewQueueModel(AppDbContext db) : PageModel
{
    /// <summary>The order a reviewer works in: new first, finished last.</summary>
    public static readonly ApplicationStatus[] Order =
    [
        ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.QuestionsToApplicant, ApplicationStatus.Assessed,
        ApplicationStatus.Approved, ApplicationStatus.Running, ApplicationStatus.Evaluated, ApplicationStatus.Closed, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn,
    ];

    public sealed record Row(int Id, string Title, TrackKind Track, ApplicationStatus Status, DateTime? SubmittedUtc, int Supports,
        Opinion? WorkingGroupOpinion, int Scores, bool ScoredByMe, bool Conflict, long? GrantedCents);

    public Call Call { get; private set; } = null!;
    public bool WorkingGroup { get; private set; }
    public bool Committee { get; private set; }
    public bool Administrator { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public long PaidCents { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var me = User.PersonId();
        if (call is null || me is null) return NotFound();
        var panels = await Reviews.SeatsOf(db, User).Where(s => s.CallId == id).Select(s => s.Panel).ToListAsync(cancellationToken);
        (WorkingGroup, Committee, Administrator) = (panels.Contains(Panel.WorkingGroup), panels.Contains(Panel.Committee), User.Holds(Role.Administrator, null));
        if (!WorkingGroup && !Committee && !Administrator) return NotFound();
        Call = call;
        var rows = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == id && a.Status != ApplicationStatus.Draft && a.SubmittedUtc != null)
            .Select(a => new Row(a.Id, a.Title, a.Track!.Kind, a.Status, a.SubmittedUtc,
                db.Supports.Count(s => s.ApplicationId == a.Id), a.WorkingGroupOpinion,
                db.Assessments.Count(x => x.ApplicationId == a.Id), db.Assessments.Any(x => x.ApplicationId == a.Id && x.ReviewerId == me),
                Conflicts.Parties(db).Any(p => p.ApplicationId == a.Id && p.PersonId == me),
                a.GrantedCents))
            .ToListAsync(cancellationToken);
        PaidCents = await db.Applications.Where(a => a.CallId == id).SumAsync(a => a.PaidCents, cancellationToken);
        Rows = [.. rows.OrderBy(r => Array.IndexOf(Order, r.Status)).ThenBy(r => r.SubmittedUtc).ThenBy(r => r.Id)];
        return Page();
    }

    /// <summary>What this reviewer still has to do on a row, as a resource key, or null.</summary>
    public string? ToDo(Row row) => row.Conflict ? "Review.ToDo.Conflict"
        : WorkingGroup && row.Status == ApplicationStatus.Submitted ? "Review.ToDo.Start"
        : WorkingGroup && row.Status == ApplicationStatus.InReview && row.WorkingGroupOpinion is null ? "Review.ToDo.Advise"
        : Committee && row.Status == ApplicationStatus.InReview && !row.ScoredByMe ? "Review.ToDo.Score"
        : Administrator && row.Status == ApplicationStatus.Assessed ? "Review.ToDo.Decide"
        : null;
}
