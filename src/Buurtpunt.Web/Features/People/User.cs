using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// An account. It belongs to exactly one municipality: the same e-mail address in two
/// municipalities is two separate accounts, and neither works on the other's host.
/// </summary>
public class User : IdentityUser<Guid>, ITenantOwned
{
    public const int DisplayNameMaxLength = 120;
    public const int PostalAddressMaxLength = 300;
    public const int LanguageMaxLength = 8;

    public int MunicipalityId { get; set; }
    public required string DisplayName { get; set; }
    public List<RoleGrant> Roles { get; set; } = [];

    /// <summary>The area the person lives in, when known; it decides which area-limited worker keeps an assisted file.</summary>
    public int? AreaId { get; set; }
    public string? PostalAddress { get; set; }

    /// <summary>
    /// Kept by a community worker for a resident who is not online: no e-mail, no password, no
    /// sign-in. It ends when the resident takes the account over and confirms an e-mail address.
    /// </summary>
    public bool Assisted { get; set; }

    /// <summary>The language the person last chose on the site (nl-BE, fr-BE, en); mail to them is written in it. Null: Dutch.</summary>
    public string? Language { get; set; }
}
