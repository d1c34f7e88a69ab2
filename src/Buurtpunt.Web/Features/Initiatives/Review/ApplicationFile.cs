using System.Security.Claims;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// One application's whole file as its reviewer may read it, for the PDF: the answers as text, the
/// support count, both advices, the scores, the decision and the history. The same rules as the
/// file page: who applied (and who took each step) only for the city's own people, and a committee
/// member sees the others' scores only after scoring.
/// </summary>
public sealed record ApplicationFile(Application Application, ReviewSeat Seat, string? ApplicantName, IReadOnlyList<ApplicationFile.Answered> Answers,
    int SupportCount, IReadOnlyList<Criterion> Criteria, IReadOnlyList<ReviewFileModel.MemberScores> Scores, int ScoreCount,
    IReadOnlyList<ReviewFileModel.Step> History)
{
    public sealed record Answered(string Question, string Answer);

    /// <summary>The file, or null when there is no such submitted application or this person is no reviewer of it.</summary>
    public static async Task<ApplicationFile?> LoadAsync(AppDbContext db, Reviews reviews, ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Call).Include(a => a.Track)
            .SingleOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft, cancellationToken);
        if (application is null) return null;
        var seat = await reviews.SeatAsync(user, application, cancellationToken);
        if (!seat.Any) return null;
        if (seat.Conflict) return new ApplicationFile(application, seat, null, [], 0, [], [], 0, []);

        var me = user.PersonId();
        var answers = await db.FormAnswers.AsNoTracking().Where(a => a.ResponseId == application.ResponseId)
            .Join(db.FormQuestions, a => a.QuestionId, q => q.Id, (a, q) => new { Question = q, Answer = a })
            .OrderBy(x => x.Question.Position).ThenBy(x => x.Question.Id)
            .ToListAsync(cancellationToken);
        var supports = await db.Supports.CountAsync(s => s.ApplicationId == id, cancellationToken);
        var name = seat.SeesPeople
            ? await db.Users.Where(u => u.Id == application.ApplicantId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var history = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new ReviewFileModel.Step(e.AtUtc, e.Step, e.Status, e.Note, db.Users.Where(u => u.Id == e.ById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().Where(c => c.CallId == application.CallId).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ApplicationId == id).OrderBy(a => a.ScoredUtc)
            .Select(a => new
            {
                a.ReviewerId, a.Comment, Name = db.Users.Where(u => u.Id == a.ReviewerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                Points = a.Scores.Select(s => new { s.CriterionId, s.Points }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var scoresShown = assessments.Any(a => a.ReviewerId == me) || !seat.Committee || application.Status != ApplicationStatus.InReview;
        return new ApplicationFile(application, seat, name,
            [.. answers.Select(x => new Answered(x.Question.Label, FormFields.Show(x.Question, x.Answer.ToAnswer())))],
            supports, criteria,
            scoresShown ? [.. assessments.Select(a => new ReviewFileModel.MemberScores(a.Name, a.Points.ToDictionary(p => p.CriterionId, p => p.Points), a.Comment, a.ReviewerId == me))] : [],
            assessments.Count, seat.SeesPeople ? history : [.. history.Select(step => step with { By = null })]);
    }
}
