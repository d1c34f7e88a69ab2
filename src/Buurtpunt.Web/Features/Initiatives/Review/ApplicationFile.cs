using System.Security.Claims;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// One application's whole file as its reviewer may read it, for the file page and its PDF: the
/// answers, the photos, the support count, the budget, both advices, the scores, the decision and the history.
/// Who applied (and who took each step) only for the city's own people, and a committee member sees
/// the others' scores only after scoring; a reviewer with a conflict of interest gets nothing of it.
/// </summary>
public sealed record ApplicationFile(Application Application, ReviewSeat Seat, string? ApplicantName, IReadOnlyList<FormQuestion> Questions,
    IReadOnlyDictionary<int, Core.Forms.Answer> Saved, int SupportCount, IReadOnlyList<BudgetLine> Budget, IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<ReviewFileModel.MemberScores> Scores, int ScoreCount, ReviewFileModel.MemberScores? Mine, IReadOnlyList<ReviewFileModel.Step> History,
    IReadOnlyList<ApplicationPhoto> Photos)
{
    public sealed record Answered(string Question, string Answer);

    public IEnumerable<Answered> Answers => Questions.Where(q => Saved.ContainsKey(q.Id)).Select(q => new Answered(q.Label, FormFields.Show(q, Saved[q.Id])));

    /// <summary>The file, or null when there is no such submitted application or this person is no reviewer of it.</summary>
    public static async Task<ApplicationFile?> LoadAsync(AppDbContext db, Reviews reviews, ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Call).Include(a => a.Track)
            .SingleOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft, cancellationToken);
        if (application is null) return null;
        var seat = await reviews.SeatAsync(user, application, cancellationToken);
        if (!seat.Any) return null;
        if (seat.Conflict) return new ApplicationFile(application, seat, null, [], new Dictionary<int, Core.Forms.Answer>(), 0, [], [], [], 0, null, [], []);

        var me = user.PersonId();
        var questions = await db.FormQuestions.AsNoTracking().Where(q => q.QuestionnaireId == application.Track!.QuestionnaireId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var saved = (await db.FormAnswers.AsNoTracking().Where(a => a.ResponseId == application.ResponseId).ToListAsync(cancellationToken))
            .ToDictionary(a => a.QuestionId, a => a.ToAnswer());
        var supports = await db.Supports.CountAsync(s => s.ApplicationId == id, cancellationToken);
        var budget = await db.BudgetLines.AsNoTracking().Where(b => b.ApplicationId == id).OrderBy(b => b.Position).ToListAsync(cancellationToken);
        var name = seat.SeesPeople
            ? await db.Users.Where(u => u.Id == application.ApplicantId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var history = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new ReviewFileModel.Step(e.AtUtc, e.Step, e.Status, e.Note, db.Users.Where(u => u.Id == e.ById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().Where(c => c.CallId == application.CallId).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var assessments = (await db.Assessments.AsNoTracking().Where(a => a.ApplicationId == id).OrderBy(a => a.ScoredUtc)
            .Select(a => new
            {
                a.ReviewerId, a.Comment, Name = db.Users.Where(u => u.Id == a.ReviewerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                Points = a.Scores.Select(s => new { s.CriterionId, s.Points }).ToList(),
            })
            .ToListAsync(cancellationToken))
            .Select(a => (a.ReviewerId, Scores: new ReviewFileModel.MemberScores(a.Name, a.Points.ToDictionary(p => p.CriterionId, p => p.Points), a.Comment, a.ReviewerId == me)))
            .ToList();
        var mine = assessments.Where(a => a.ReviewerId == me).Select(a => a.Scores).FirstOrDefault();
        var scoresShown = mine is not null || !seat.Committee || application.Status != ApplicationStatus.InReview;
        return new ApplicationFile(application, seat, name, questions, saved, supports, budget, criteria,
            scoresShown ? [.. assessments.Select(a => a.Scores)] : [], assessments.Count, mine,
            seat.SeesPeople ? history : [.. history.Select(step => step with { By = null })],
            await ApplicationPhotos.ListAsync(db, id, cancellationToken));
    }
}
