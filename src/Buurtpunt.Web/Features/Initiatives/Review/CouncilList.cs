using System.Security.Claims;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// The council's list of a call: every submitted application with its support, both advices, the
/// committee's average scores, the decision and how long it took. No names: it goes on the council's
/// agenda, as Excel or PDF. Where the reader has a conflict of interest in an application, its advice
/// texts and scores stay out, as they do on the file. Three queries, whatever the number of applications.
/// </summary>
public sealed record CouncilList(Call Call, IReadOnlyList<Criterion> Criteria, IReadOnlyList<CouncilList.Row> Rows, long PaidCents)
{
    public sealed record Row(int Id, string Title, TrackKind Track, ApplicationStatus Status, DateTime SubmittedUtc, int Supports,
        Opinion? WorkingGroupOpinion, string WorkingGroupAdvice, IReadOnlyList<decimal?> Averages, decimal? Average, int CommitteeScores,
        Opinion? CommitteeOpinion, string CommitteeAdvice, DateTime? DecidedUtc, long? GrantedCents, string Conditions, string DecisionReason,
        int? DaysToDecision)
    {
        /// <summary>The decision as a status ("Approved", "Rejected"), or null before it.</summary>
        public ApplicationStatus? Decision => DecidedUtc is null ? null : GrantedCents is null ? ApplicationStatus.Rejected : ApplicationStatus.Approved;
    }

    /// <summary>
    /// The call, when this person may read its council figures: administrators and the call's working
    /// group. The committee scores independently and is not asked for a list; anyone else: not found.
    /// </summary>
    public static async Task<Call?> ReadableCallAsync(AppDbContext db, ClaimsPrincipal user, int callId, CancellationToken cancellationToken)
    {
        if (user.PersonId() is null) return null;
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null) return null;
        return user.Holds(Role.Administrator, null)
            || await Reviews.SeatsOf(db, user).AnyAsync(s => s.CallId == callId && s.Panel == Panel.WorkingGroup, cancellationToken) ? call : null;
    }

    public static async Task<CouncilList> LoadAsync(AppDbContext db, Call call, Guid reader, CancellationToken cancellationToken)
    {
        var criteria = await db.Criteria.AsNoTracking().Where(c => c.CallId == call.Id).OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == call.Id && a.Status != ApplicationStatus.Draft && a.SubmittedUtc != null)
            .OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Title, a.Track!.Kind, a.Status, a.SubmittedUtc, a.PaidCents, Supports = db.Supports.Count(s => s.ApplicationId == a.Id),
                a.WorkingGroupOpinion, a.WorkingGroupAdvice, Assessments = db.Assessments.Count(x => x.ApplicationId == a.Id),
                a.CommitteeOpinion, a.CommitteeAdvice, a.DecidedUtc, a.GrantedCents, a.Conditions, a.DecisionReason,
                Conflict = Conflicts.Parties(db).Any(p => p.ApplicationId == a.Id && p.PersonId == reader),
            })
            .ToListAsync(cancellationToken);
        var assessments = db.Assessments.Where(x => db.Applications.Any(a => a.Id == x.ApplicationId && a.CallId == call.Id));
        var points = (await db.Scores.AsNoTracking().Join(assessments, s => s.AssessmentId, x => x.Id, (s, x) => new { x.ApplicationId, s.CriterionId, s.Points })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ApplicationId);

        var rows = applications.Select(a =>
        {
            var given = a.Conflict ? [] : points[a.Id].ToList();
            return new Row(a.Id, a.Title, a.Kind, a.Status, a.SubmittedUtc!.Value, a.Supports,
                a.WorkingGroupOpinion, a.Conflict ? "" : a.WorkingGroupAdvice,
                [.. criteria.Select(c => ReviewRules.Average(given.Where(p => p.CriterionId == c.Id).Select(p => p.Points)))],
                ReviewRules.Average(given.Select(p => p.Points)), a.Assessments,
                a.CommitteeOpinion, a.Conflict ? "" : a.CommitteeAdvice, a.DecidedUtc, a.GrantedCents, a.Conditions, a.DecisionReason,
                a.DecidedUtc is { } decided ? LeadTimes.Days(LocalDate(a.SubmittedUtc.Value), LocalDate(decided)) : null);
        }).ToList();
        return new CouncilList(call, criteria, rows, applications.Sum(a => a.PaidCents));
    }

    public static DateOnly LocalDate(DateTime utc) => MunicipalClock.Local(utc).Date.ToDateOnly();

    /// <summary>The Excel sheet: translated headers, and cells that stay numbers (scores, euro, days) and dates.</summary>
    public (string[] Header, IEnumerable<object?[]> Rows) Sheet(IStringLocalizer l)
    {
        string[] header =
        [
            l["Council.Number"], l["Council.Title"], l["Council.Track"], l["Council.Status"], l["Council.Submitted"], l["Council.Supports"],
            l["Council.WorkingGroupOpinion"], l["Council.WorkingGroupAdvice"], .. Criteria.Select(c => l["Council.AverageOf", c.Name].Value),
            l["Council.Average"], l["Council.CommitteeScores"], l["Council.CommitteeOpinion"], l["Council.CommitteeAdvice"],
            l["Council.Decision"], l["Council.Granted"], l["Council.Conditions"], l["Council.Reason"], l["Council.DaysToDecision"],
        ];
        string? Say(string prefix, object? value) => value is null ? null : l[$"{prefix}.{value}"].Value;
        var rows = Rows.Select(r => (object?[])
        [
            r.Id, string.IsNullOrEmpty(r.Title) ? l["Applications.Untitled"].Value : r.Title, Say("TrackKind", r.Track), Say("ApplicationStatus", r.Status),
            LocalDate(r.SubmittedUtc).ToDateTime(TimeOnly.MinValue), r.Supports,
            Say("Opinion", r.WorkingGroupOpinion), r.WorkingGroupAdvice, .. r.Averages.Cast<object?>(),
            r.Average, r.CommitteeScores, Say("Opinion", r.CommitteeOpinion), r.CommitteeAdvice,
            Say("ApplicationStatus", r.Decision), r.GrantedCents / 100m, r.Conditions, r.DecisionReason, r.DaysToDecision,
        ]);
        return (header, rows);
    }
}
