using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// A person's applications, supports, review work and project steps. On erasure what is theirs goes
/// with them (cascade: applications, supports, seats, scores, conflicts, co-applications); what they
/// recorded on others' files (steps, receipts, news, payments, photos) stays, without their name.
/// </summary>
public sealed class InitiativesPersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Involvement(
        IReadOnlyList<ApplicationData> Applications,
        IReadOnlyList<DateTime> ApplicationStepsYouTookUtc,
        IReadOnlyList<SupportData> SupportsGiven,
        IReadOnlyList<DateTime> SupportsYouEnteredFromPaperUtc,
        IReadOnlyList<ReviewSeatData> ReviewSeats,
        IReadOnlyList<AssessmentData> ScoresYouGave,
        IReadOnlyList<ConflictData> ConflictsYouDeclared,
        IReadOnlyList<ReceiptData> ReceiptsYouUploaded,
        IReadOnlyList<ProjectNewsData> ProjectNewsYouPosted,
        IReadOnlyList<DateTime> PaymentsYouRecordedUtc,
        IReadOnlyList<int> ApplicationsYouJoined,
        IReadOnlyList<ApplicationPhotoData> ApplicationPhotosYouAdded);

    public sealed record ApplicationData(int Id, string Call, string Track, string Title, string Status, DateTime CreatedUtc, DateTime? SubmittedUtc, bool EnteredByWorker);
    public sealed record SupportData(int ApplicationId, string Name, string Address, DateTime CreatedUtc);
    public sealed record ReviewSeatData(int CallId, string Panel, bool Chair);
    public sealed record AssessmentData(int ApplicationId, DateTime ScoredUtc, string Comment, IReadOnlyList<int> Points);
    public sealed record ConflictData(int ApplicationId, string Reason, DateTime DeclaredUtc);
    public sealed record ReceiptData(int ApplicationId, string Description, long AmountCents, string FileName, DateTime UploadedUtc);
    public sealed record ProjectNewsData(int ApplicationId, string Text, DateTime PostedUtc);
    public sealed record ApplicationPhotoData(int ApplicationId, string AltText, DateTime UploadedUtc);

    public string Section => "initiatives";
    public string? View => null;
    public IReadOnlyCollection<Type> Covers { get; } =
    [
        typeof(Application), typeof(ApplicationEvent), typeof(Support), typeof(CallSeat), typeof(Assessment), typeof(DeclaredConflict),
        typeof(Payment), typeof(Receipt), typeof(ProgressUpdate), typeof(CoApplicant), typeof(ApplicationPhoto),
    ];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var data = new Involvement(
            await db.Applications.AsNoTracking().Where(a => a.ApplicantId == personId).OrderBy(a => a.CreatedUtc)
                .Select(a => new ApplicationData(a.Id, a.Call!.Title, a.Track!.Kind.ToString(), a.Title, a.Status.ToString(), a.CreatedUtc, a.SubmittedUtc, a.EnteredById != null))
                .ToListAsync(cancellationToken),
            await db.ApplicationEvents.AsNoTracking().Where(e => e.ById == personId).OrderBy(e => e.AtUtc).Select(e => e.AtUtc).ToListAsync(cancellationToken),
            await db.Supports.AsNoTracking().Where(x => x.SupporterId == personId).OrderBy(x => x.CreatedUtc)
                .Select(x => new SupportData(x.ApplicationId, x.Name, x.Address, x.CreatedUtc)).ToListAsync(cancellationToken),
            await db.Supports.AsNoTracking().Where(x => x.EnteredById == personId).OrderBy(x => x.CreatedUtc).Select(x => x.CreatedUtc).ToListAsync(cancellationToken),
            await db.CallSeats.AsNoTracking().Where(x => x.PersonId == personId).OrderBy(x => x.CallId)
                .Select(x => new ReviewSeatData(x.CallId, x.Panel.ToString(), x.IsChair)).ToListAsync(cancellationToken),
            await db.Assessments.AsNoTracking().Where(x => x.ReviewerId == personId).OrderBy(x => x.ScoredUtc)
                .Select(x => new AssessmentData(x.ApplicationId, x.ScoredUtc, x.Comment, x.Scores.OrderBy(s => s.CriterionId).Select(s => s.Points).ToList())).ToListAsync(cancellationToken),
            await db.DeclaredConflicts.AsNoTracking().Where(x => x.PersonId == personId).OrderBy(x => x.DeclaredUtc)
                .Select(x => new ConflictData(x.ApplicationId, x.Reason, x.DeclaredUtc)).ToListAsync(cancellationToken),
            await db.Receipts.AsNoTracking().Where(x => x.UploadedById == personId).OrderBy(x => x.UploadedUtc)
                .Select(x => new ReceiptData(x.ApplicationId, x.Description, x.AmountCents, x.FileName, x.UploadedUtc)).ToListAsync(cancellationToken),
            await db.ProgressUpdates.AsNoTracking().Where(x => x.ById == personId).OrderBy(x => x.PostedUtc)
                .Select(x => new ProjectNewsData(x.ApplicationId, x.Text, x.PostedUtc)).ToListAsync(cancellationToken),
            await db.Payments.AsNoTracking().Where(x => x.RecordedById == personId).OrderBy(x => x.RecordedUtc).Select(x => x.RecordedUtc).ToListAsync(cancellationToken),
            await db.CoApplicants.AsNoTracking().Where(x => x.PersonId == personId).OrderBy(x => x.ApplicationId).Select(x => x.ApplicationId).ToListAsync(cancellationToken),
            await db.ApplicationPhotos.AsNoTracking().Where(x => x.UploadedById == personId).OrderBy(x => x.UploadedUtc)
                .Select(x => new ApplicationPhotoData(x.ApplicationId, x.AltText, x.UploadedUtc)).ToListAsync(cancellationToken));
        int[] counts =
        [
            data.Applications.Count, data.ApplicationStepsYouTookUtc.Count, data.SupportsGiven.Count, data.SupportsYouEnteredFromPaperUtc.Count,
            data.ReviewSeats.Count, data.ScoresYouGave.Count, data.ConflictsYouDeclared.Count, data.ReceiptsYouUploaded.Count,
            data.ProjectNewsYouPosted.Count, data.PaymentsYouRecordedUtc.Count, data.ApplicationsYouJoined.Count, data.ApplicationPhotosYouAdded.Count,
        ];
        return counts.Sum() == 0 ? null : data;
    }

    public Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken) => Task.CompletedTask;
}
