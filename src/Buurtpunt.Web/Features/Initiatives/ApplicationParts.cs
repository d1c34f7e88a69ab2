using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>A line of an application's budget: what, how much, and how much the neighbours pay themselves.</summary>
public class BudgetLine : ITenantOwned
{
    public const int ItemMaxLength = 120;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public int Position { get; set; }
    public required string Item { get; set; }
    public long AmountCents { get; set; }
    public long OwnCents { get; set; }
}

/// <summary>
/// A neighbour who applies together with the applicant: invited by e-mail, they join by signing in
/// with that address. Once joined they fill in and follow the application like the applicant, and
/// they cannot review it.
/// </summary>
public class CoApplicant : ITenantOwned
{
    public const int NameMaxLength = 120, EmailMaxLength = 256;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    /// <summary>The unguessable part of the invitation link.</summary>
    public required string Token { get; set; }
    public Guid? PersonId { get; set; }
    public DateTime InvitedUtc { get; set; }
    public DateTime? JoinedUtc { get; set; }
    /// <summary>
    /// Taken back by the applicant. The row stays, without name, address or person, so that it still
    /// counts for <see cref="InvitationsPerDay"/>: removing an invitation must not make room to mail more.
    /// </summary>
    public DateTime? RemovedUtc { get; set; }

    /// <summary>Invitations one account may send in 24 hours, over all its applications: the city's sender is not a relay.</summary>
    public const int InvitationsPerDay = 10;
}

/// <summary>A ready-made offer of a call's join track: a street party kit, a bench, planters, a games box.</summary>
public class Offer : ITenantOwned
{
    public const int NameMaxLength = 100, DescriptionMaxLength = 600;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int CallId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    /// <summary>What the offer is worth (the city's cost), so the budget counts it like a grant.</summary>
    public long ValueCents { get; set; }
}
