using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.People;

public enum Role { Administrator, CommunityWorker, AreaLead, DepartmentStaff, Reviewer, Volunteer, Resident }

public static class Roles
{
    /// <summary>A lead (trekker) works for one area; the other roles hold for the whole municipality or, optionally, one area.</summary>
    public static bool NeedsArea(Role role) => role == Role.AreaLead;

    /// <summary>An administrator holds the whole municipality; an area-limited administrator would be a contradiction.</summary>
    public static bool MayHaveArea(Role role) => role != Role.Administrator;

    /// <summary>
    /// Roles that see other people's personal data (leads see who registered for their activities, with
    /// phone numbers): they sign in in two steps, never by e-mail link, and hold their powers only in such a session.
    /// </summary>
    public static readonly Role[] Staff = [Role.Administrator, Role.CommunityWorker, Role.AreaLead, Role.DepartmentStaff, Role.Reviewer];

    public static bool IsStaff(Role role) => Staff.Contains(role);
}

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
