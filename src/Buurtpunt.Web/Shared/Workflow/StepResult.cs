namespace Buurtpunt.Web.Shared.Workflow;

/// <summary>How a step ended for the person who took it, and so the status a page answers with.</summary>
public enum StepKind
{
    Done,
    /// <summary>Not for this person (403).</summary>
    Forbidden,
    /// <summary>Not possible now: the flow or a rule of the step says no in this state (409).</summary>
    Refused,
    /// <summary>Someone else changed it first: it is no longer in the state it was read in (409).</summary>
    Changed,
    /// <summary>The input cannot be taken as it is (400).</summary>
    Invalid,
}

/// <summary>
/// The one answer of every workflow step (a request for help, an application, its review, a project, a
/// registration, a date of an activity): done, or not, with why. <see cref="Reason"/> is the resource key
/// of what the person reads when the step has its own words (AlreadyScored, OverBudget, VolunteerFull…);
/// without one, the page says it in its own words for a refused or overtaken step
/// (<see cref="Ui.PageModelExtensions.NotDonePage"/>).
/// </summary>
public readonly record struct StepResult(StepKind Kind, string? Reason = null)
{
    public static StepResult Done => new(StepKind.Done);

    public static StepResult Forbidden(string? reason = null) => new(StepKind.Forbidden, reason);

    public static StepResult Refused(string? reason = null) => new(StepKind.Refused, reason);

    public static StepResult Changed(string? reason = null) => new(StepKind.Changed, reason);

    public static StepResult Invalid(string reason) => new(StepKind.Invalid, reason);

    public bool IsDone => Kind == StepKind.Done;

    /// <summary>The HTTP status a page answers with: the person may try again with other input (400), or it is not theirs (403) or not possible now (409).</summary>
    public int Status => Kind switch
    {
        StepKind.Done => StatusCodes.Status200OK,
        StepKind.Forbidden => StatusCodes.Status403Forbidden,
        StepKind.Invalid => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };
}
