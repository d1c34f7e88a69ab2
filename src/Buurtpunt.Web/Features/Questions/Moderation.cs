using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Questions;

public enum ContributionKind { Question, Answer }

public enum FlagReason { Offensive, PersonalData, Spam, WrongPlace, Other }

/// <summary>Someone signed in thinks a question or answer does not belong here, and says why.</summary>
public class Flag : ITenantOwned
{
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public ContributionKind Kind { get; set; }
    public int ContributionId { get; set; }
    public Guid? ReporterId { get; set; }
    public FlagReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>Set when a worker hid or kept the contribution; the flag then leaves the queue.</summary>
    public DateTime? HandledUtc { get; set; }
}

/// <summary>Why and when a worker hid a contribution. Hidden content leaves pages, lists and feeds; the author is told why.</summary>
public interface IModerated
{
    DateTime? HiddenUtc { get; set; }
    string? HiddenReason { get; set; }
}

public enum ModerationAction { Hidden, Restored, Kept }

/// <summary>A worker's decision on a contribution, with the reason: the history of moderation.</summary>
public class ModerationDecision : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public ContributionKind Kind { get; set; }
    public int ContributionId { get; set; }
    public ModerationAction Action { get; set; }
    public string? Reason { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime DecidedUtc { get; set; }
}
