using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Initiatives;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> b)
    {
        b.Property(c => c.Title).HasMaxLength(Call.TitleMaxLength);
        b.Property(c => c.Intro).HasMaxLength(Call.TextMaxLength);
        b.Property(c => c.Eligibility).HasMaxLength(Call.TextMaxLength);
        b.HasMany(c => c.Tracks).WithOne().HasForeignKey(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Criteria).WithOne().HasForeignKey(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Offers).WithOne().HasForeignKey(o => o.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> b)
    {
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Intro).HasMaxLength(Track.IntroMaxLength);
        b.HasIndex(t => new { t.CallId, t.Kind }).IsUnique();
        b.HasOne(t => t.Questionnaire).WithMany().HasForeignKey(t => t.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.EvaluationQuestionnaire).WithMany().HasForeignKey(t => t.EvaluationQuestionnaireId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.Property(a => a.Title).HasMaxLength(Application.TitleMaxLength);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(a => new { a.CallId, a.Status });
        b.HasIndex(a => a.ApplicantId);
        b.Property(a => a.SupportToken).HasMaxLength(32);
        b.Property(a => a.WorkingGroupOpinion).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.CommitteeOpinion).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.WorkingGroupAdvice).HasMaxLength(Application.AdviceMaxLength);
        b.Property(a => a.CommitteeAdvice).HasMaxLength(Application.AdviceMaxLength);
        b.Property(a => a.Conditions).HasMaxLength(Application.AdviceMaxLength);
        b.Property(a => a.DecisionReason).HasMaxLength(Application.AdviceMaxLength);
        b.HasIndex(a => a.SupportToken);
        b.HasOne(a => a.Call).WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Track).WithMany().HasForeignKey(a => a.TrackId).OnDelete(DeleteBehavior.Restrict);
        // The answers are the application: when the person is erased, both go.
        b.HasOne(a => a.Response).WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.EvaluationResponse).WithMany().HasForeignKey(a => a.EvaluationResponseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Places.Area>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.EnteredById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SupportConfiguration : IEntityTypeConfiguration<Support>
{
    public void Configure(EntityTypeBuilder<Support> b)
    {
        b.Property(x => x.Name).HasMaxLength(Support.NameMaxLength);
        b.Property(x => x.Address).HasMaxLength(Support.AddressMaxLength);
        b.Property(x => x.AddressKey).HasMaxLength(Support.AddressMaxLength);
        b.HasIndex(x => new { x.ApplicationId, x.AddressKey }).IsUnique();
        b.HasOne<Application>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.SupporterId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.EnteredById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Note).HasMaxLength(ApplicationEvent.NoteMaxLength);
        b.HasIndex(e => e.ApplicationId);
        b.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(e => e.ById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CallSeatConfiguration : IEntityTypeConfiguration<CallSeat>
{
    public void Configure(EntityTypeBuilder<CallSeat> b)
    {
        b.Property(s => s.Panel).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => new { s.CallId, s.PersonId, s.Panel }).IsUnique();
        b.HasIndex(s => s.PersonId);
        b.HasOne(s => s.Call).WithMany().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> b)
    {
        b.Property(c => c.Name).HasMaxLength(Criterion.NameMaxLength);
        b.HasIndex(c => c.CallId);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Property(a => a.Comment).HasMaxLength(Assessment.CommentMaxLength);
        b.HasIndex(a => new { a.ApplicationId, a.ReviewerId }).IsUnique();
        b.HasOne<Application>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> b)
    {
        b.HasIndex(s => new { s.AssessmentId, s.CriterionId }).IsUnique();
        b.HasOne<Criterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclaredConflictConfiguration : IEntityTypeConfiguration<DeclaredConflict>
{
    public void Configure(EntityTypeBuilder<DeclaredConflict> b)
    {
        b.Property(c => c.Reason).HasMaxLength(DeclaredConflict.ReasonMaxLength);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(c => new { c.ApplicationId, c.PersonId }).IsUnique();
        b.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.Property(x => x.Item).HasMaxLength(BudgetLine.ItemMaxLength);
        b.HasIndex(x => x.ApplicationId);
        b.HasOne<Application>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoApplicantConfiguration : IEntityTypeConfiguration<CoApplicant>
{
    public void Configure(EntityTypeBuilder<CoApplicant> b)
    {
        b.Property(x => x.Name).HasMaxLength(CoApplicant.NameMaxLength);
        b.Property(x => x.Email).HasMaxLength(CoApplicant.EmailMaxLength);
        b.Property(x => x.Token).HasMaxLength(32);
        b.HasIndex(x => x.Token).IsUnique();
        // One open invitation per address; removed ones keep no address.
        b.HasIndex(x => new { x.ApplicationId, x.Email }).IsUnique().HasFilter("\"RemovedUtc\" IS NULL");
        b.HasIndex(x => x.PersonId);
        b.HasOne<Application>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.Property(x => x.Name).HasMaxLength(Offer.NameMaxLength);
        b.Property(x => x.Description).HasMaxLength(Offer.DescriptionMaxLength);
        b.HasIndex(x => x.CallId);
    }
}

internal sealed class ApplicationPhotoConfiguration : IEntityTypeConfiguration<ApplicationPhoto>
{
    public void Configure(EntityTypeBuilder<ApplicationPhoto> b)
    {
        b.Property(x => x.AltText).HasMaxLength(Places.Photo.AltMaxLength);
        b.Property(x => x.StorageKey).HasMaxLength(32);
        b.HasIndex(x => x.ApplicationId);
        b.HasOne<Application>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.Property(p => p.Note).HasMaxLength(Payment.NoteMaxLength);
        b.HasIndex(p => p.ApplicationId);
        b.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(p => p.RecordedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> b)
    {
        b.Property(r => r.Description).HasMaxLength(Receipt.DescriptionMaxLength);
        b.Property(r => r.FileName).HasMaxLength(Receipt.FileNameMaxLength);
        b.Property(r => r.FileKey).HasMaxLength(32);
        b.HasIndex(r => r.ApplicationId);
        b.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> b)
    {
        b.Property(u => u.Text).HasMaxLength(ProgressUpdate.TextMaxLength);
        b.HasIndex(u => u.ApplicationId);
        b.HasOne<Application>().WithMany().HasForeignKey(u => u.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(u => u.Photo).WithMany().HasForeignKey(u => u.PhotoId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(u => u.ById).OnDelete(DeleteBehavior.SetNull);
    }
}
