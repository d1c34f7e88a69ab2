using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.People;

public enum Role { Administrator, CommunityWorker, Resident }

/// <summary>A role a person holds in a municipality, optionally limited to one area.</summary>
public class RoleGrant : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Guid UserId { get; set; }
    public Role Role { get; set; }
    public int? AreaId { get; set; }
    public DateTime GrantedUtc { get; set; }
}
