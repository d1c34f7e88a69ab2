using Buurtpunt.Core.Flows;

namespace Buurtpunt.Core.Help;

/// <summary>Where a request for help stands.</summary>
public enum HelpStatus { Open, Proposed, Accepted, Done, Cancelled, NoOneFound }

/// <summary>What someone does to a request.</summary>
public enum HelpStep
{
    /// <summary>A worker confirms a volunteer for it (from the matcher).</summary>
    Propose,
    /// <summary>The proposed volunteer says yes.</summary>
    Accept,
    /// <summary>The proposed volunteer says no: the request goes back for the next round.</summary>
    Decline,
    /// <summary>A worker takes a proposal back before it is answered, or after acceptance when the volunteer can no longer help.</summary>
    Withdraw,
    /// <summary>A worker records that the help was given.</summary>
    Done,
    /// <summary>A worker records that no one could be found.</summary>
    NoOneFound,
    /// <summary>A worker opens a request again after no one was found.</summary>
    Reopen,
    /// <summary>The person who asked (or a worker) no longer needs help.</summary>
    Cancel,
}

/// <summary>Who takes a step: the person who asked (or the worker acting for them), the volunteer proposed for it, or staff of its area.</summary>
public enum HelpActor { Requester, Volunteer, Staff }

/// <summary>
/// The life of a request: open → proposed → accepted → done, or cancelled, or no one found.
/// Every step names the states it starts from and who may take it, so no one can skip or force
/// a step: a page asks <see cref="Next"/> and refuses when it answers null.
/// </summary>
public static class HelpFlow
{
    private static readonly Flow<HelpStatus, HelpStep, HelpActor> Rules = new(
        new(HelpStep.Propose, [HelpStatus.Open], HelpStatus.Proposed, [HelpActor.Staff]),
        new(HelpStep.Accept, [HelpStatus.Proposed], HelpStatus.Accepted, [HelpActor.Volunteer]),
        new(HelpStep.Decline, [HelpStatus.Proposed], HelpStatus.Open, [HelpActor.Volunteer]),
        new(HelpStep.Withdraw, [HelpStatus.Proposed, HelpStatus.Accepted], HelpStatus.Open, [HelpActor.Staff]),
        new(HelpStep.Done, [HelpStatus.Accepted], HelpStatus.Done, [HelpActor.Staff]),
        new(HelpStep.NoOneFound, [HelpStatus.Open], HelpStatus.NoOneFound, [HelpActor.Staff]),
        new(HelpStep.Reopen, [HelpStatus.NoOneFound], HelpStatus.Open, [HelpActor.Staff]),
        new(HelpStep.Cancel, [HelpStatus.Open, HelpStatus.Proposed, HelpStatus.Accepted, HelpStatus.NoOneFound], HelpStatus.Cancelled, [HelpActor.Requester, HelpActor.Staff]));

    /// <inheritdoc cref="Flow{TStatus, TStep, TActor}.Next"/>
    public static HelpStatus? Next(HelpStatus from, HelpStep step, IEnumerable<HelpActor> actors) => Rules.Next(from, step, actors);

    /// <inheritdoc cref="Flow{TStatus, TStep, TActor}.Allowed"/>
    public static IReadOnlyList<HelpStep> Allowed(HelpStatus from, IEnumerable<HelpActor> actors) => Rules.Allowed(from, actors);
}
