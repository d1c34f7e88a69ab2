using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Questions;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> b)
    {
        b.Property(q => q.Title).HasMaxLength(Question.TitleMaxLength);
        b.Property(q => q.Body).HasMaxLength(Question.BodyMaxLength);
        b.Property(q => q.Category).HasConversion<string>().HasMaxLength(20);
        b.Ignore(q => q.Status);
        b.Property(q => q.HiddenReason).HasMaxLength(Flag.NoteMaxLength);
        b.HasIndex(q => new { q.PointId, q.CreatedUtc });
        b.HasOne<Point>().WithMany().HasForeignKey(q => q.PointId).OnDelete(DeleteBehavior.Cascade);
        // Erasing a person keeps what they asked, without them: "former resident".
        b.HasOne<User>().WithMany().HasForeignKey(q => q.AuthorId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(q => q.EnteredById).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(q => q.Answers).WithOne().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Answer>().WithMany().HasForeignKey(q => q.BestAnswerId).OnDelete(DeleteBehavior.ClientSetNull);
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> b)
    {
        b.Property(a => a.Body).HasMaxLength(Answer.BodyMaxLength);
        b.HasIndex(a => new { a.QuestionId, a.CreatedUtc });
        b.Property(a => a.HiddenReason).HasMaxLength(Flag.NoteMaxLength);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.EnteredById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FaqEntryConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> b)
    {
        b.Property(f => f.Question).HasMaxLength(Question.TitleMaxLength);
        b.Property(f => f.Answer).HasMaxLength(Question.BodyMaxLength);
        b.Property(f => f.Category).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(f => new { f.MunicipalityId, f.AreaId, f.PointId });
        b.HasOne<Area>().WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Point>().WithMany().HasForeignKey(f => f.PointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> b)
    {
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Note).HasMaxLength(Flag.NoteMaxLength);
        b.HasIndex(f => new { f.MunicipalityId, f.HandledUtc });
        b.HasIndex(f => new { f.Kind, f.ContributionId });
        b.HasOne<User>().WithMany().HasForeignKey(f => f.ReporterId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ModerationDecisionConfiguration : IEntityTypeConfiguration<ModerationDecision>
{
    public void Configure(EntityTypeBuilder<ModerationDecision> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Reason).HasMaxLength(Flag.NoteMaxLength);
        b.HasIndex(d => new { d.Kind, d.ContributionId });
        b.HasOne<User>().WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
