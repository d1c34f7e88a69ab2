using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.People;

/// <summary>What an assisted resident agreed to. The account itself needs <see cref="Account"/>.</summary>
[Flags]
public enum ConsentScope
{
    None = 0,
    /// <summary>The municipality keeps an account with name, area and contact details.</summary>
    Account = 1,
    /// <summary>A community worker may act on the platform in the resident's name.</summary>
    ActOnBehalf = 2,
    /// <summary>The worker may contact the resident by phone or by post about their requests.</summary>
    Contact = 4,
}

public enum ConsentMethod { SignedSlip, Verbal }

/// <summary>
/// A resident's consent as a worker recorded it: what, when it was given, how, and by whom it
/// was recorded. A new consent replaces the previous one; a withdrawn consent stays as history.
/// </summary>
public class Consent : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Guid UserId { get; set; }
    public ConsentScope Scopes { get; set; }
    public ConsentMethod Method { get; set; }
    public DateOnly GivenOn { get; set; }
    public Guid? RecordedById { get; set; }
    /// <summary>The worker's name at the time: the record says who took it, even after that worker left.</summary>
    public required string RecordedByName { get; set; }
    public DateTime RecordedUtc { get; set; }
    public DateTime? WithdrawnUtc { get; set; }

    public bool Allows(ConsentScope scope) => WithdrawnUtc is null && Scopes.HasFlag(scope);
}
