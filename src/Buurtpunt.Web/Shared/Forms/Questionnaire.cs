using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Shared.Tenancy;

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
