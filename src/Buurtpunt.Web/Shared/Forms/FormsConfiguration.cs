using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Shared.Forms;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.Property(q => q.Title).HasMaxLength(Questionnaire.TitleMaxLength);
        b.HasMany(q => q.Questions).WithOne().HasForeignKey(q => q.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FormQuestionConfiguration : IEntityTypeConfiguration<FormQuestion>
{
    public void Configure(EntityTypeBuilder<FormQuestion> b)
    {
        b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.Label).HasMaxLength(FormQuestion.LabelMaxLength);
        b.Property(q => q.Help).HasMaxLength(FormQuestion.HelpMaxLength);
        b.Property(q => q.Min).HasPrecision(12, 2);
        b.Property(q => q.Max).HasPrecision(12, 2);
        b.HasIndex(q => new { q.QuestionnaireId, q.Position });
    }
}

internal sealed class FormResponseConfiguration : IEntityTypeConfiguration<FormResponse>
{
    public void Configure(EntityTypeBuilder<FormResponse> b)
    {
        b.HasIndex(r => new { r.QuestionnaireId, r.RespondentId });
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.RespondentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.EnteredById).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FormAnswerConfiguration : IEntityTypeConfiguration<FormAnswer>
{
    public void Configure(EntityTypeBuilder<FormAnswer> b)
    {
        b.Property(a => a.Text).HasMaxLength(QuestionRules.LongTextMax);
        b.Property(a => a.Number).HasPrecision(14, 2);
        b.Property(a => a.FileKey).HasMaxLength(200);
        b.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
        b.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
