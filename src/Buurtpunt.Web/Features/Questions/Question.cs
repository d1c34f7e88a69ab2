using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Questions;

public enum QuestionCategory { Digital, Administrative, Rights, Mobility, Neighbourhood, Other }

public enum QuestionStatus { Open, Answered, Solved }

/// <summary>
/// A question asked at a point, online or at the desk. The author is null once they erased
/// their account ("former resident"); <see cref="EnteredById"/> is the worker who typed it in for them.
/// </summary>
public class Question : ITenantOwned, IModerated
{
    public const int TitleMaxLength = 140;
    public const int BodyMaxLength = 5000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int PointId { get; set; }
    public Guid? AuthorId { get; set; }
    public Guid? EnteredById { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public QuestionCategory Category { get; set; }
    /// <summary>Only the asker and the staff of the point's area see a private question and its answers.</summary>
    public bool Private { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int? BestAnswerId { get; set; }
    public List<Answer> Answers { get; set; } = [];
    public DateTime? HiddenUtc { get; set; }
    public string? HiddenReason { get; set; }

    public QuestionStatus Status => BestAnswerId is not null ? QuestionStatus.Solved : Answers.Count > 0 ? QuestionStatus.Answered : QuestionStatus.Open;

    public static QuestionStatus StatusOf(int? bestAnswerId, int answerCount) =>
        bestAnswerId is not null ? QuestionStatus.Solved : answerCount > 0 ? QuestionStatus.Answered : QuestionStatus.Open;
}

public class Answer : ITenantOwned, IModerated
{
    public const int BodyMaxLength = 5000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int QuestionId { get; set; }
    public Guid? AuthorId { get; set; }
    public Guid? EnteredById { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? HiddenUtc { get; set; }
    public string? HiddenReason { get; set; }
}
