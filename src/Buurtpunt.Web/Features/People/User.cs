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

    public int MunicipalityId { get; set; }
    public required string DisplayName { get; set; }
    public List<RoleGrant> Roles { get; set; } = [];
}
