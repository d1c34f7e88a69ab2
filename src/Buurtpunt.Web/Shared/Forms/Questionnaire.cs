using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Shared.Forms;

/// <summary>
/// A form built by staff: an application form of a call's track, a survey, an evaluation. Its
/// questions are asked in <see cref="FormQuestion.Position"/> order; answers are kept per question
/// in <see cref="FormResponse"/>s, so a question can be changed or added without losing them.
/// </summary>
public class Questionnaire : ITenantOwned
{
    public const int TitleMaxLength = 200;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string Title { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<FormQuestion> Questions { get; set; } = [];
}

public class FormQuestion : ITenantOwned
{
    public const int LabelMaxLength = 300, HelpMaxLength = 1000, OptionMaxLength = 100, MaxOptions = 30;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int QuestionnaireId { get; set; }
    public int Position { get; set; }
    public QuestionKind Kind { get; set; }
    public required string Label { get; set; }
    public string? Help { get; set; }
    public bool Required { get; set; }
    public List<string> Options { get; set; } = [];
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    public DateOnly? Earliest { get; set; }
    public DateOnly? Latest { get; set; }

    public QuestionRules Rules() => new(Kind, Required, Options, Min, Max, MaxLength, Earliest, Latest);
}

/// <summary>One person's answers to a questionnaire: a draft until submitted. A worker may enter a paper form in someone's name.</summary>
public class FormResponse : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int QuestionnaireId { get; set; }
    public Guid? RespondentId { get; set; }
    /// <summary>The worker who typed it in (from paper, or acting for the person).</summary>
    public Guid? EnteredById { get; set; }
    public bool FromPaper { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public List<FormAnswer> Answers { get; set; } = [];
}

public class FormAnswer : ITenantOwned
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public FormQuestion? Question { get; set; }
    public string? Text { get; set; }
    public decimal? Number { get; set; }
    public DateOnly? Date { get; set; }
    public List<string> Choices { get; set; } = [];
    /// <summary>For a file question: where the file is stored (<see cref="Text"/> holds its name as uploaded).</summary>
    public string? FileKey { get; set; }

    public Answer ToAnswer() => new(Text, Number, Date, Choices);
}

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
