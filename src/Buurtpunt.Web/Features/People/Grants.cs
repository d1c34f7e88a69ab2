using System.Security.Claims;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// A person's role grants travel in the sign-in cookie as claims ("Role" or "Role@areaId"),
/// rebuilt from the database at every security-stamp check (at most a minute old), so a
/// revoked role stops working without a query on every request.
/// </summary>
public static class Grants
{
    public const string ClaimType = "buurtpunt:grant";

    /// <summary>The signed-in person's account id, or null for a visitor.</summary>
    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string ClaimValue(Role role, int? areaId) => areaId is null ? role.ToString() : $"{role}@{areaId}";

    public static IEnumerable<(Role Role, int? AreaId)> Of(ClaimsPrincipal user)
    {
        foreach (var claim in user.FindAll(ClaimType))
        {
            var parts = claim.Value.Split('@', 2);
            if (!Enum.TryParse<Role>(parts[0], out var role)) continue;
            if (parts.Length == 1) yield return (role, null);
            else if (int.TryParse(parts[1], out var area)) yield return (role, area);
            // An unreadable area grants nothing: never read it as "the whole municipality".
        }
    }

    /// <summary>Whether the person holds the role for the whole municipality or for this area.</summary>
    public static bool Holds(this ClaimsPrincipal user, Role role, int? areaId) =>
        Of(user).Any(g => g.Role == role && (g.AreaId is null || g.AreaId == areaId));

    /// <summary>
    /// Staff who handle residents' personal matters in an area: its administrators and community
    /// workers (with no area: those of the whole municipality). Leads are not among them.
    /// </summary>
    public static bool IsAreaStaff(this ClaimsPrincipal user, int? areaId) =>
        user.Holds(Role.Administrator, areaId) || user.Holds(Role.CommunityWorker, areaId);

    /// <summary>The areas a person holds the role for; null when they hold it municipality-wide.</summary>
    public static IReadOnlySet<int>? AreasFor(this ClaimsPrincipal user, params Role[] roles)
    {
        var grants = Of(user).Where(g => roles.Contains(g.Role)).ToList();
        if (grants.Any(g => g.AreaId is null)) return null;
        return grants.Select(g => g.AreaId!.Value).ToHashSet();
    }
}
