using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Everything the platform holds about one person, for the GDPR rights of access and erasure.
/// A feature that stores rows about a person adds them here; a test fails when a table with a
/// UserId is missing from the export.
/// </summary>
public sealed class PersonalData(AppDbContext db, Places.PlaceChanges changes)
{
    public sealed record Export(
        ProfileData Profile,
        IReadOnlyList<RoleData> Roles,
        IReadOnlyList<SignInLinkData> SignInLinks,
        IReadOnlyList<LoginData> Logins,
        IReadOnlyList<ClaimData> Claims,
        IReadOnlyList<TokenData> Tokens,
        IReadOnlyList<PasskeyData> Passkeys,
        IReadOnlyList<ConsentData> Consents,
        IReadOnlyList<TakeoverCodeData> TakeoverCodes,
        IReadOnlyList<QuestionData> Questions,
        IReadOnlyList<AnswerData> Answers,
        IReadOnlyList<AuditData> StaffActionsAboutYou,
        IReadOnlyList<DateTime> ConsentsYouRecordedUtc,
        IReadOnlyList<NewsData> NewsYouWrote,
        IReadOnlyList<FlagData> ReportsYouMade,
        IReadOnlyList<DateTime> ModerationDecisionsYouMadeUtc,
        IReadOnlyList<RegistrationData> Registrations,
        IReadOnlyList<ActivityData> ActivitiesYouOrganise,
        IReadOnlyList<DateTime> CalendarLinkMadeUtc,
        IReadOnlyList<HelpRequestData> HelpRequests,
        VolunteerData? Volunteering,
        IReadOnlyList<DateTime> VolunteersYouApprovedUtc,
        IReadOnlyList<HelpGivenData> HelpGiven,
        IReadOnlyList<DateTime> HelpStepsYouTookUtc,
        IReadOnlyList<FormResponseData> FormsFilledIn,
        IReadOnlyList<DateTime> FormsYouEnteredForOthersUtc,
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

    public sealed record ProfileData(Guid Id, string Name, string? Email, bool EmailConfirmed, string? Phone, string? PostalAddress, int? AreaId, bool KeptByDesk,
        bool TwoFactorEnabled, int FailedSignIns, DateTimeOffset? LockedOutUntil, string? Language);
    public sealed record ConsentData(string Scopes, string Method, DateOnly GivenOn, string RecordedBy, DateTime RecordedUtc, DateTime? WithdrawnUtc);
    public sealed record TakeoverCodeData(DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? UsedUtc);
    public sealed record QuestionData(int Id, string Title, string Body, string Category, bool Private, DateTime CreatedUtc, bool EnteredByWorker);
    /// <summary>When staff looked at or changed your data, and what they did (who is in the trail, for the privacy officer).</summary>
    public sealed record AuditData(DateTime AtUtc, string Action);
    public sealed record NewsData(int Id, string Title, DateTime PublishedUtc);
    public sealed record FlagData(string Kind, int ContributionId, string Reason, string? Note, DateTime CreatedUtc);
    public sealed record AnswerData(int Id, int QuestionId, string Body, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record RegistrationData(string Activity, DateTime StartUtc, int People, bool Waiting, bool? Attended, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record ActivityData(int Id, string Title);
    public sealed record VolunteerData(string[] Kinds, string[] Talents, string[] Languages, int[] Slots, int RangeKm, string Travel, int MaxRequests, int HoursPerWeek, DateOnly? AwayFrom, DateOnly? AwayUntil, bool Paused, DateTime? ApprovedUtc);
    public sealed record FormResponseData(string Form, DateTime CreatedUtc, DateTime? SubmittedUtc, bool FromPaper, IReadOnlyList<FormAnswerData> Answers);
    public sealed record FormAnswerData(string Question, string? Text, decimal? Number, DateOnly? Date, string[] Choices);
    public sealed record ApplicationData(int Id, string Call, string Track, string Title, string Status, DateTime CreatedUtc, DateTime? SubmittedUtc, bool EnteredByWorker);
    public sealed record ReviewSeatData(int CallId, string Panel, bool Chair);
    public sealed record AssessmentData(int ApplicationId, DateTime ScoredUtc, string Comment, IReadOnlyList<int> Points);
    public sealed record ReceiptData(int ApplicationId, string Description, long AmountCents, string FileName, DateTime UploadedUtc);
    public sealed record ApplicationPhotoData(int ApplicationId, string AltText, DateTime UploadedUtc);
    public sealed record ProjectNewsData(int ApplicationId, string Text, DateTime PostedUtc);
    public sealed record ConflictData(int ApplicationId, string Reason, DateTime DeclaredUtc);
    public sealed record SupportData(int ApplicationId, string Name, string Address, DateTime CreatedUtc);
    public sealed record HelpGivenData(int RequestId, string Kind, DateOnly Date, string Status, DateTime ProposedUtc, DateTime? AnsweredUtc, string? DeclineNote, string? Thanks);
    public sealed record HelpRequestData(int Id, string Kind, string Description, string? Address, string? Phone, DateOnly Date, TimeOnly From, TimeOnly Until, int RepeatWeeks, string Status, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record RoleData(string Role, int? AreaId, DateTime GrantedUtc);
    public sealed record SignInLinkData(DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? UsedUtc);
    public sealed record LoginData(string Provider, string? DisplayName);
    public sealed record ClaimData(string? Type, string? Value);
    public sealed record TokenData(string Provider, string Name);
    public sealed record PasskeyData(string CredentialId, string? Name, DateTimeOffset CreatedAt, string[]? Transports, bool IsBackupEligible, bool IsBackedUp);

    /// <summary>Table names covered by <see cref="ExportAsync"/>; the completeness test compares them with the model.</summary>
    public static readonly IReadOnlySet<Type> Covered = new HashSet<Type>
    {
        typeof(User), typeof(RoleGrant), typeof(SignInLink), typeof(Consent), typeof(TakeoverCode),
        typeof(Features.Questions.Question), typeof(Features.Questions.Answer), typeof(Features.News.NewsItem),
        typeof(Features.Questions.Flag), typeof(Features.Questions.ModerationDecision),
        typeof(Features.Activities.Registration), typeof(Features.Activities.Activity), typeof(Features.Activities.CalendarLink), typeof(Features.Help.HelpRequest), typeof(Features.Help.Volunteer),
        typeof(Features.Help.HelpMatch), typeof(Features.Help.HelpEvent), typeof(Shared.Forms.FormResponse),
        typeof(Features.Initiatives.Application), typeof(Features.Initiatives.ApplicationEvent), typeof(Features.Initiatives.Support),
        typeof(Features.Initiatives.CallSeat), typeof(Features.Initiatives.Assessment), typeof(Features.Initiatives.DeclaredConflict),
        typeof(Features.Initiatives.Payment), typeof(Features.Initiatives.Receipt), typeof(Features.Initiatives.ProgressUpdate),
        typeof(Features.Initiatives.CoApplicant), typeof(Features.Initiatives.ApplicationPhoto),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>),
        typeof(Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid>),
    };

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] ToJson(Export export) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(export, Json);

    public async Task<Export?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return null;
        var roles = await db.RoleGrants.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.GrantedUtc)
            .Select(r => new RoleData(r.Role.ToString(), r.AreaId, r.GrantedUtc)).ToListAsync(cancellationToken);
        var links = await db.SignInLinks.AsNoTracking().Where(l => l.UserId == userId).OrderBy(l => l.CreatedUtc)
            .Select(l => new SignInLinkData(l.CreatedUtc, l.ExpiresUtc, l.UsedUtc)).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == userId)
            .Select(l => new LoginData(l.LoginProvider, l.ProviderDisplayName)).ToListAsync(cancellationToken);
        var claims = await db.UserClaims.AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => new ClaimData(c.ClaimType, c.ClaimValue)).ToListAsync(cancellationToken);
        // Token values are secrets (e.g. an authenticator key): their existence is listed, not their value.
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == userId)
            .Select(t => new TokenData(t.LoginProvider, t.Name)).ToListAsync(cancellationToken);
        // A passkey's public key is no secret but says nothing to a person: the id and what they see on the page are listed.
        var passkeys = (await db.UserPasskeys.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken))
            .OrderBy(p => p.Data.CreatedAt)
            .Select(p => new PasskeyData(Passkeys.IdText(p.CredentialId), p.Data.Name, p.Data.CreatedAt, p.Data.Transports, p.Data.IsBackupEligible, p.Data.IsBackedUp))
            .ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.RecordedUtc)
            .Select(c => new ConsentData(c.Scopes.ToString(), c.Method.ToString(), c.GivenOn, c.RecordedByName, c.RecordedUtc, c.WithdrawnUtc)).ToListAsync(cancellationToken);
        // The code itself is never stored, only its hash: the export lists when codes were made and used.
        var codes = await db.TakeoverCodes.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.CreatedUtc)
            .Select(c => new TakeoverCodeData(c.CreatedUtc, c.ExpiresUtc, c.UsedUtc)).ToListAsync(cancellationToken);
        return new Export(
            new ProfileData(user.Id, user.DisplayName, user.Email, user.EmailConfirmed, user.PhoneNumber, user.PostalAddress, user.AreaId, user.Assisted,
                user.TwoFactorEnabled, user.AccessFailedCount, user.LockoutEnd, user.Language),
            roles, links, logins, claims, tokens, passkeys, consents, codes,
            await db.Questions.AsNoTracking().Where(q => q.AuthorId == userId).OrderBy(q => q.CreatedUtc)
                .Select(q => new QuestionData(q.Id, q.Title, q.Body, q.Category.ToString(), q.Private, q.CreatedUtc, q.EnteredById != null)).ToListAsync(cancellationToken),
            await db.Answers.AsNoTracking().Where(a => a.AuthorId == userId).OrderBy(a => a.CreatedUtc)
                .Select(a => new AnswerData(a.Id, a.QuestionId, a.Body, a.CreatedUtc, a.EnteredById != null)).ToListAsync(cancellationToken),
            await db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == userId).OrderBy(e => e.AtUtc)
                .Select(e => new AuditData(e.AtUtc, e.Action)).ToListAsync(cancellationToken),
            // A worker's own record of the consents they took, without the residents' data.
            await db.Consents.AsNoTracking().Where(c => c.RecordedById == userId).OrderBy(c => c.RecordedUtc)
                .Select(c => c.RecordedUtc).ToListAsync(cancellationToken),
            await db.NewsItems.AsNoTracking().Where(n => n.AuthorId == userId).OrderBy(n => n.PublishedUtc)
                .Select(n => new NewsData(n.Id, n.Title, n.PublishedUtc)).ToListAsync(cancellationToken),
            await db.Flags.AsNoTracking().Where(f => f.ReporterId == userId).OrderBy(f => f.CreatedUtc)
                .Select(f => new FlagData(f.Kind.ToString(), f.ContributionId, f.Reason.ToString(), f.Note, f.CreatedUtc)).ToListAsync(cancellationToken),
            await db.ModerationDecisions.AsNoTracking().Where(d => d.DecidedById == userId).OrderBy(d => d.DecidedUtc)
                .Select(d => d.DecidedUtc).ToListAsync(cancellationToken),
            // Walk-ins a worker registered by name are not the worker's data: only their own registrations are listed.
            await (from r in db.Registrations.AsNoTracking()
                   join o in db.Occurrences on r.OccurrenceId equals o.Id
                   where r.PersonId == userId
                   orderby o.StartUtc
                   select new RegistrationData(o.Activity!.Title, o.StartUtc, r.People, r.Waiting, r.Attended, r.CreatedUtc, r.EnteredById != null))
                .ToListAsync(cancellationToken),
            await db.Activities.AsNoTracking().Where(a => a.OrganiserId == userId).OrderBy(a => a.Id)
                .Select(a => new ActivityData(a.Id, a.Title)).ToListAsync(cancellationToken),
            // The link's token is a secret only its hash of is kept: when it was made is what there is to tell.
            await db.CalendarLinks.AsNoTracking().Where(l => l.UserId == userId).Select(l => l.CreatedUtc).ToListAsync(cancellationToken),
            await db.HelpRequests.AsNoTracking().Where(r => r.RequesterId == userId).OrderBy(r => r.CreatedUtc)
                .Select(r => new HelpRequestData(r.Id, r.Kind.ToString(), r.Description, r.Address, r.Phone, r.Date, r.From, r.Until, r.RepeatWeeks, r.Status.ToString(), r.CreatedUtc, r.EnteredById != null))
                .ToListAsync(cancellationToken),
            (await db.Volunteers.AsNoTracking().Where(v => v.UserId == userId).ToListAsync(cancellationToken))
                .Select(v => new VolunteerData([.. v.Kinds.Select(k => k.ToString())], [.. v.Talents.Select(k => k.ToString())], [.. v.Languages], [.. v.Slots],
                    v.RangeKm, v.Travel.ToString(), v.MaxRequests, v.HoursPerWeek, v.AwayFrom, v.AwayUntil, v.Paused, v.ApprovedUtc)).SingleOrDefault(),
            await db.Volunteers.AsNoTracking().Where(v => v.ApprovedById == userId).Select(v => v.ApprovedUtc!.Value).ToListAsync(cancellationToken),
            await db.HelpMatches.AsNoTracking().Where(m => m.Volunteer!.UserId == userId).OrderBy(m => m.ProposedUtc)
                .Select(m => new HelpGivenData(m.RequestId, m.Request!.Kind.ToString(), m.Request.Date, m.Status.ToString(), m.ProposedUtc, m.AnsweredUtc, m.DeclineNote, m.Thanks))
                .ToListAsync(cancellationToken),
            // Steps a person took on others' requests (proposing, recording outcomes): when, not whose.
            await db.HelpEvents.AsNoTracking().Where(e => e.ById == userId).OrderBy(e => e.AtUtc).Select(e => e.AtUtc).ToListAsync(cancellationToken),
            await db.FormResponses.AsNoTracking().Where(r => r.RespondentId == userId).OrderBy(r => r.CreatedUtc)
                .Select(r => new FormResponseData(db.Questionnaires.Where(q => q.Id == r.QuestionnaireId).Select(q => q.Title).First(), r.CreatedUtc, r.SubmittedUtc, r.FromPaper,
                    r.Answers.OrderBy(a => a.Question!.Position).Select(a => new FormAnswerData(a.Question!.Label, a.Text, a.Number, a.Date, a.Choices.ToArray())).ToList()))
                .ToListAsync(cancellationToken),
            await db.FormResponses.AsNoTracking().Where(r => r.EnteredById == userId && r.RespondentId != userId).OrderBy(r => r.CreatedUtc).Select(r => r.CreatedUtc).ToListAsync(cancellationToken),
            await db.Applications.AsNoTracking().Where(a => a.ApplicantId == userId).OrderBy(a => a.CreatedUtc)
                .Select(a => new ApplicationData(a.Id, a.Call!.Title, a.Track!.Kind.ToString(), a.Title, a.Status.ToString(), a.CreatedUtc, a.SubmittedUtc, a.EnteredById != null))
                .ToListAsync(cancellationToken),
            await db.ApplicationEvents.AsNoTracking().Where(e => e.ById == userId).OrderBy(e => e.AtUtc).Select(e => e.AtUtc).ToListAsync(cancellationToken),
            await db.Supports.AsNoTracking().Where(x => x.SupporterId == userId).OrderBy(x => x.CreatedUtc)
                .Select(x => new SupportData(x.ApplicationId, x.Name, x.Address, x.CreatedUtc)).ToListAsync(cancellationToken),
            await db.Supports.AsNoTracking().Where(x => x.EnteredById == userId).OrderBy(x => x.CreatedUtc).Select(x => x.CreatedUtc).ToListAsync(cancellationToken),
            await db.CallSeats.AsNoTracking().Where(x => x.PersonId == userId).OrderBy(x => x.CallId)
                .Select(x => new ReviewSeatData(x.CallId, x.Panel.ToString(), x.IsChair)).ToListAsync(cancellationToken),
            await db.Assessments.AsNoTracking().Where(x => x.ReviewerId == userId).OrderBy(x => x.ScoredUtc)
                .Select(x => new AssessmentData(x.ApplicationId, x.ScoredUtc, x.Comment, x.Scores.OrderBy(s => s.CriterionId).Select(s => s.Points).ToList())).ToListAsync(cancellationToken),
            await db.DeclaredConflicts.AsNoTracking().Where(x => x.PersonId == userId).OrderBy(x => x.DeclaredUtc)
                .Select(x => new ConflictData(x.ApplicationId, x.Reason, x.DeclaredUtc)).ToListAsync(cancellationToken),
            await db.Receipts.AsNoTracking().Where(x => x.UploadedById == userId).OrderBy(x => x.UploadedUtc)
                .Select(x => new ReceiptData(x.ApplicationId, x.Description, x.AmountCents, x.FileName, x.UploadedUtc)).ToListAsync(cancellationToken),
            await db.ProgressUpdates.AsNoTracking().Where(x => x.ById == userId).OrderBy(x => x.PostedUtc)
                .Select(x => new ProjectNewsData(x.ApplicationId, x.Text, x.PostedUtc)).ToListAsync(cancellationToken),
            await db.Payments.AsNoTracking().Where(x => x.RecordedById == userId).OrderBy(x => x.RecordedUtc).Select(x => x.RecordedUtc).ToListAsync(cancellationToken),
            await db.CoApplicants.AsNoTracking().Where(x => x.PersonId == userId).OrderBy(x => x.ApplicationId).Select(x => x.ApplicationId).ToListAsync(cancellationToken),
            await db.ApplicationPhotos.AsNoTracking().Where(x => x.UploadedById == userId).OrderBy(x => x.UploadedUtc)
                .Select(x => new ApplicationPhotoData(x.ApplicationId, x.AltText, x.UploadedUtc)).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Removes the person and every row about them (the database cascades from the user, passkeys
    /// included). Questions and answers stay, without author: the database sets it to null and
    /// pages show "former resident".
    /// </summary>
    public async Task EraseAsync(Guid userId, bool removeContributions, CancellationToken cancellationToken)
    {
        // Joins the caller's transaction when there is one (the desk audits the erasure in it).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (removeContributions)
        {
            // Answers to their questions go with the questions (cascade); their own answers elsewhere go too.
            await db.Questions.Where(q => q.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(q => q.BestAnswerId, (int?)null), cancellationToken);
            await db.Questions.Where(q => db.Answers.Any(a => a.Id == q.BestAnswerId && a.AuthorId == userId)).ExecuteUpdateAsync(s => s.SetProperty(q => q.BestAnswerId, (int?)null), cancellationToken);
            var answered = await db.Answers.Where(a => a.AuthorId == userId).Select(a => a.QuestionId).Distinct().ToListAsync(cancellationToken);
            await db.Answers.Where(a => a.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.Questions.Where(q => q.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
            // Their questions' search documents go by cascade; others' questions lose their answers' words.
            await Search.SearchIndexer.RefreshQuestionsAsync(db, answered, cancellationToken);
        }
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        // Cached pages may still carry the name on questions and answers.
        await changes.PublishedAsync();
    }
}
