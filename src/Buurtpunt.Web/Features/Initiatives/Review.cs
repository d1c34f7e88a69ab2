using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>The two review panels of a call: the city's working group checks and advises, the external committee scores.</summary>
public enum Panel { WorkingGroup, Committee }

/// <summary>A person's seat in a panel of one call; one committee member chairs and records the committee's advice.</summary>
public class CallSeat : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int CallId { get; set; }
    public Call? Call { get; set; }
    public Guid PersonId { get; set; }
    public Panel Panel { get; set; }
    public bool IsChair { get; set; }
}

/// <summary>A criterion the committee scores each application on (e.g. neighbourhood involvement, feasibility).</summary>
public class Criterion : ITenantOwned
{
    public const int NameMaxLength = 120;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int CallId { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
}

/// <summary>
/// One committee member's scores for one application, given independently: a member sees the
/// others' scores only after giving their own.
/// </summary>
public class Assessment : ITenantOwned
{
    public const int CommentMaxLength = 2000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public Guid ReviewerId { get; set; }
    public string Comment { get; set; } = "";
    public DateTime ScoredUtc { get; set; }
    public List<Score> Scores { get; set; } = [];
}

public class Score : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int AssessmentId { get; set; }
    public int CriterionId { get; set; }
    public int Points { get; set; }
}

/// <summary>
/// A reviewer's declared conflict of interest for an application (a neighbour, family, a club they
/// are part of), or one recorded when they joined it as co-applicant, so it outlasts their removal.
/// Applying for or supporting it counts as a conflict without a record (see <see cref="Conflicts"/>).
/// </summary>
public class DeclaredConflict : ITenantOwned
{
    public const int ReasonMaxLength = 500;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public Guid PersonId { get; set; }
    public ConflictKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public DateTime DeclaredUtc { get; set; }
}
