using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// The one rule for staff powers: a staff role counts only in a session signed in with two steps
/// (password and authenticator code, or a passkey). In any other session (a password alone, an
/// e-mailed link) the person's staff roles and grants are moved aside to <see cref="HeldClaimType"/>,
/// so every check that asks for a role — policies, <see cref="Grants.Holds"/>, <c>IsInRole</c>, review
/// seats — sees a resident, and no page can forget it. Staff pages use the held grants only to send
/// the person to their second step.
/// </summary>
public sealed class StaffSession : IClaimsTransformation
{
    public const string HeldClaimType = "buurtpunt:held-grant";

    /// <summary>The staff person behind a session without two steps: their powers wait for the second step.</summary>
    public static bool AwaitsSecondStep(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == HeldClaimType);

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || RequireTwoStepForStaff.SignedInWithTwoSteps(principal))
            return Task.FromResult(principal);
        var staff = identity.Claims.Where(c => IsStaffClaim(identity, c)).ToList();
        if (staff.Count == 0) return Task.FromResult(principal);

        // Authentication may run more than once per request: work on a copy, and leave nothing to move the second time.
        var copy = identity.Clone();
        foreach (var claim in staff)
        {
            copy.RemoveClaim(copy.FindFirst(c => c.Type == claim.Type && c.Value == claim.Value));
            if (claim.Type == Grants.ClaimType) copy.AddClaim(new Claim(HeldClaimType, claim.Value));
        }
        return Task.FromResult(new ClaimsPrincipal(copy));
    }

    private static bool IsStaffClaim(ClaimsIdentity identity, Claim claim) =>
        (claim.Type == identity.RoleClaimType || claim.Type == Grants.ClaimType)
        && Enum.TryParse<Role>(claim.Value.Split('@', 2)[0], out var role) && Roles.IsStaff(role);

    /// <summary>
    /// Where a staff person goes for their second step: those with a passkey sign in with it (and come
    /// back to <paramref name="returnUrl"/>); those with neither a passkey nor an app set one up.
    /// </summary>
    public static async Task<string> SecondStepUrlAsync(HttpContext http, string returnUrl)
    {
        var users = http.RequestServices.GetRequiredService<UserManager<User>>();
        var user = await users.GetUserAsync(http.User);
        return user is not null && (await users.GetPasskeysAsync(user)).Count > 0
            ? $"/aanmelden?toegangssleutel=nodig&returnUrl={Uri.EscapeDataString(returnUrl)}"
            : "/profiel/tweestaps?nodig=1";
    }
}
