using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Help;

public enum MatchStatus { Proposed, Accepted, Declined, Withdrawn, Done }

/// <summary>
/// One volunteer proposed for one request. A request has at most one live match (proposed or
/// accepted); declined and withdrawn ones stay as history, so the next round skips the volunteers
/// who said no. The volunteer sees the address and phone only once <see cref="Status"/> is accepted.
/// </summary>
public class HelpMatch : ITenantOwned
{
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int RequestId { get; set; }
    public HelpRequest? Request { get; set; }
    public int VolunteerId { get; set; }
    public Volunteer? Volunteer { get; set; }
    public MatchStatus Status { get; set; }
    /// <summary>The weekly minutes this match holds of the volunteer's time (given back when it ends).</summary>
    public int Minutes { get; set; }
    public double DistanceKm { get; set; }
    public DateTime ProposedUtc { get; set; }
    public Guid? ProposedById { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    /// <summary>Why the volunteer declined, in their words (optional, seen by staff).</summary>
    public string? DeclineNote { get; set; }
    /// <summary>The requester's thanks once the help was given, shown to the volunteer.</summary>
    public string? Thanks { get; set; }
    public DateTime? ThankedUtc { get; set; }
}

/// <summary>A step in a request's life, with when and by whom: the request's history and the source of waiting times.</summary>
public class HelpEvent : ITenantOwned
{
    public const int NoteMaxLength = 500;

    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public int RequestId { get; set; }
    public HelpRequest? Request { get; set; }
    public Core.Help.HelpStep Step { get; set; }
    public Core.Help.HelpStatus Status { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? ById { get; set; }
    public string? Note { get; set; }
}
