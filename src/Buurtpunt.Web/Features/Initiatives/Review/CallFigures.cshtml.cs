using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// A call in figures, for administrators and its working group: the threshold the programme wants
/// low, measured — what each track asks a resident (<see cref="ApplicantEffort"/>), how long residents
/// wait for the working group to start and for the council's decision (<see cref="LeadTimes"/>), how
/// many applications stand where, and the budget. Four queries at most, whatever the number of applications.
/// </summary>
public class CallFiguresModel(AppDbContext db) : PageModel
{
    public sealed record TrackFigures(TrackKind Kind, bool Offered, long MaxAmountCents, ApplicantEffort Effort, int Submitted, LeadTimeSummary ToStart, LeadTimeSummary ToDecision);

    public sealed record Row(int Id, string Title, TrackKind Track, ApplicationStatus Status, DateTime SubmittedUtc, int? DaysToStart, int? DaysToDecision);

    public Call Call { get; private set; } = null!;
    /// <summary>What the city paid out to the call's projects so far.</summary>
    public long PaidCents { get; private set; }
    public List<TrackFigures> Tracks { get; private set; } = [];
    public LeadTimeSummary ToStart { get; private set; } = LeadTimes.Summarise([]);
    public LeadTimeSummary ToDecision { get; private set; } = LeadTimes.Summarise([]);
    public IReadOnlyDictionary<ApplicationStatus, int> ByStatus { get; private set; } = new Dictionary<ApplicationStatus, int>();
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await CouncilList.ReadableCallAsync(db, User, id, cancellationToken) is not { } call) return NotFound();
        Call = call;
        PaidCents = await db.Applications.Where(a => a.CallId == call.Id).SumAsync(a => a.PaidCents, cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().Where(t => t.CallId == id)
            .Select(t => new
            {
                t.Kind, t.Offered, t.MaxAmountCents,
                Required = db.FormQuestions.Count(q => q.QuestionnaireId == t.QuestionnaireId && q.Required),
                Questions = db.FormQuestions.Count(q => q.QuestionnaireId == t.QuestionnaireId),
            })
            .ToListAsync(cancellationToken);
        var applications = await db.Applications.AsNoTracking().Where(a => a.CallId == id)
            .Select(a => new
            {
                a.Id, a.Title, a.Track!.Kind, a.Status, a.SubmittedUtc, a.DecidedUtc,
                StartedUtc = db.ApplicationEvents.Where(e => e.ApplicationId == a.Id && e.Step == ApplicationStep.StartReview).Min(e => (DateTime?)e.AtUtc),
            })
            .ToListAsync(cancellationToken);

        ByStatus = applications.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        Rows = [.. applications.Where(a => a.SubmittedUtc is not null && a.Status != ApplicationStatus.Draft)
            .Select(a => new Row(a.Id, a.Title, a.Kind, a.Status, a.SubmittedUtc!.Value, Days(a.SubmittedUtc.Value, a.StartedUtc), Days(a.SubmittedUtc.Value, a.DecidedUtc)))
            .OrderBy(r => r.SubmittedUtc).ThenBy(r => r.Id)];
        Tracks = [.. tracks.OrderBy(t => t.Kind).Select(t =>
        {
            var mine = Rows.Where(r => r.Track == t.Kind).ToList();
            return new TrackFigures(t.Kind, t.Offered, t.MaxAmountCents, ApplicantEffort.For(t.Required, t.Questions, call.SupportThreshold), mine.Count,
                LeadTimes.Summarise(mine.Select(r => r.DaysToStart).OfType<int>()), LeadTimes.Summarise(mine.Select(r => r.DaysToDecision).OfType<int>()));
        })];
        ToStart = LeadTimes.Summarise(Rows.Select(r => r.DaysToStart).OfType<int>());
        ToDecision = LeadTimes.Summarise(Rows.Select(r => r.DaysToDecision).OfType<int>());
        return Page();
    }

    private static int? Days(DateTime submittedUtc, DateTime? laterUtc) =>
        laterUtc is { } later ? LeadTimes.Days(CouncilList.LocalDate(submittedUtc), CouncilList.LocalDate(later)) : null;
}
