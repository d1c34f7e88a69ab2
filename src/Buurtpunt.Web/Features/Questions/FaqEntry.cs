using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>
/// A frequently asked question with its answer, kept for the next person: for one point, for an
/// area (<see cref="PointId"/> null) or for the whole municipality (both null).
/// </summary>
public class FaqEntry : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int? AreaId { get; set; }
    public int? PointId { get; set; }
    public QuestionCategory Category { get; set; }
    public required string Question { get; set; }
    public required string Answer { get; set; }
    /// <summary>The solved question it grew from, if any (kept as a plain id: the question may be removed later).</summary>
    public int? SourceQuestionId { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

public enum FaqScope { Point, Area, Municipality }
