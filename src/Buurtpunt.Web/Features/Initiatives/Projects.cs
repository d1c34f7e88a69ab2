using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// An approved project's life: the city starts it and pays it in instalments (never more than the
/// grant, checked in the same UPDATE that records it), the project uploads receipts and posts news
/// with photos for the showcase, and an experiment sends its evaluation at the end of its trial.
/// </summary>
public sealed class Projects(AppDbContext db, Applications applications, FormStore forms, AttachmentStore attachments, PhotoStore photos, MunicipalClock clock)
{
    /// <summary>An experiment may send its evaluation from two weeks before its trial ends.</summary>
    public static readonly int EvaluationOpensDaysBefore = 14;

    public static bool EvaluationOpen(Application application, DateOnly today) =>
        application.Status == ApplicationStatus.Running && (application.EndsOn is not { } end || today >= end.AddDays(-EvaluationOpensDaysBefore));

    public Task<StepResult> StartAsync(Application application, IReadOnlyCollection<ApplicationActor> actors, Guid by, DateOnly startedOn, DateOnly? endsOn,
        CancellationToken cancellationToken) =>
        applications.TakeAsync(application, ApplicationStep.Start, actors, by, null, cancellationToken,
            s => s.SetProperty(a => a.StartedOn, startedOn).SetProperty(a => a.EndsOn, endsOn));

    /// <summary>Records an instalment: only for an approved or running project, and the total paid stays within the grant (also when two are recorded at once).</summary>
    public async Task<StepResult> PayAsync(Application application, long amountCents, DateOnly paidOn, string note, Guid by, CancellationToken cancellationToken)
    {
        if (application.GrantedCents is null || application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Running or ApplicationStatus.Evaluated))
            return StepResult.Refused();
        if (amountCents <= 0) return StepResult.Invalid("Project.Problem.Incomplete");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Applications.Where(a => a.Id == application.Id && a.GrantedCents != null && a.PaidCents + amountCents <= a.GrantedCents)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PaidCents, a => a.PaidCents + amountCents), cancellationToken) == 0)
            return StepResult.Refused("Project.Problem.AboveGrant");
        db.Payments.Add(new Payment { ApplicationId = application.Id, AmountCents = amountCents, PaidOn = paidOn, Note = note.Trim(), RecordedById = by, RecordedUtc = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StepResult.Done;
    }

    /// <summary>A receipt, already checked by content (<see cref="FormReader.IsAccepted"/>), while the project runs.</summary>
    public async Task<StepResult> AddReceiptAsync(Application application, IFormFile file, long amountCents, string description, Guid by, CancellationToken cancellationToken)
    {
        if (!Running(application)) return StepResult.Refused();
        var key = await attachments.SaveAsync(application.MunicipalityId, file, cancellationToken);
        db.Receipts.Add(new Receipt
        {
            ApplicationId = application.Id, AmountCents = amountCents, Description = description.Trim(), FileKey = key,
            FileName = FileNameAsGiven(file.FileName), UploadedById = by, UploadedUtc = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return StepResult.Done;
    }

    /// <summary>News for the showcase; the photo is re-encoded (no EXIF, no GPS position) by the photo store.</summary>
    public async Task<(StepResult Result, PhotoProblem? Problem)> PostAsync(Application application, string text, IFormFile? photo, string? alt, Guid by,
        CancellationToken cancellationToken)
    {
        if (!Running(application)) return (StepResult.Refused(), null);
        Photo? stored = null;
        if (photo is not null)
        {
            var (saved, problem) = await photos.SaveAsync(application.MunicipalityId, photo, cancellationToken);
            if (saved is null) return (StepResult.Invalid("Project.Problem.Incomplete"), problem);
            stored = new Photo { AltText = alt?.Trim() ?? "", StorageKey = saved.Key, Width = saved.Width, Height = saved.Height, CreatedUtc = clock.UtcNow };
        }
        db.ProgressUpdates.Add(new ProgressUpdate { ApplicationId = application.Id, Text = text.Trim(), Photo = stored, ById = by, PostedUtc = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return (StepResult.Done, null);
    }

    /// <summary>Saves the evaluation form (a draft may be half done) and, when <paramref name="submit"/>, sends it: the project is then evaluated.</summary>
    public async Task<StepResult> EvaluateAsync(Application application, IReadOnlyList<FormQuestion> questions, FormReading reading, bool submit, Guid by,
        CancellationToken cancellationToken)
    {
        if (application.Track?.EvaluationQuestionnaireId is not { } questionnaire || application.Status != ApplicationStatus.Running) return StepResult.Refused();
        if (!EvaluationOpen(application, clock.Today.ToDateOnly())) return StepResult.Refused("Project.Problem.NotYet");
        if (submit && (!reading.Ok || FormReader.Missing(questions, reading.Answers).Count > 0)) return StepResult.Invalid("Project.Problem.Incomplete");
        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        FormResponse response;
        if (application.EvaluationResponseId is { } existing) response = await forms.LoadAsync(existing, cancellationToken);
        else
        {
            response = new FormResponse { QuestionnaireId = questionnaire, RespondentId = application.ApplicantId, EnteredById = by == application.ApplicantId ? null : by, CreatedUtc = now, UpdatedUtc = now };
            db.FormResponses.Add(response);
            await db.SaveChangesAsync(cancellationToken);
            await db.Applications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.EvaluationResponseId, response.Id), cancellationToken);
        }
        if (submit)
        {
            var evaluated = await applications.TakeAsync(application, ApplicationStep.Evaluate, [ApplicationActor.Applicant], by, null, cancellationToken);
            if (!evaluated.IsDone) return evaluated; // undone with the transaction
            response.SubmittedUtc = now;
        }
        await forms.ApplyAsync(response, questions, reading, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return StepResult.Done;
    }

    /// <summary>The name as the person gave it (shown as text, never used as a path; the download makes its own safe name).</summary>
    private static string FileNameAsGiven(string name)
    {
        var given = Path.GetFileName(name.Replace('\\', '/')).Trim();
        return given.Length == 0 ? "bonnetje" : given.Length > Receipt.FileNameMaxLength ? given[^Receipt.FileNameMaxLength..] : given;
    }

    private static bool Running(Application application) => application.Status is ApplicationStatus.Approved or ApplicationStatus.Running or ApplicationStatus.Evaluated;
}
