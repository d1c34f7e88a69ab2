using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Staff pages open only to a session that signed in in two steps: password and authenticator
/// code, or a passkey. Staff with a passkey are asked to sign in with it; staff with neither are
/// sent to set one up. Nothing of the staff page is shown before that.
/// </summary>
public sealed class RequireTwoStepForStaff : IAsyncPageFilter
{
    public static bool IsStaff(ClaimsPrincipal principal) => Roles.Staff.Any(r => principal.IsInRole(r.ToString()));

    public static bool SignedInWithTwoSteps(ClaimsPrincipal principal) => principal.HasClaim("amr", "mfa");

    /// <summary>
    /// Staff who have a second step (authenticator app or passkey) add or drop one only in a session
    /// that used two steps: otherwise a stolen password alone would let a thief put in their own.
    /// </summary>
    public static async Task<bool> MayChangeSecondStepsAsync(ClaimsPrincipal principal, UserManager<User> users, User user) =>
        !IsStaff(principal) || SignedInWithTwoSteps(principal)
        || (!user.TwoFactorEnabled && (await users.GetPasskeysAsync(user)).Count == 0);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        if (IsStaff(principal) && !SignedInWithTwoSteps(principal))
        {
            var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<User>>();
            var user = await users.GetUserAsync(principal);
            var request = context.HttpContext.Request;
            context.Result = user is not null && (await users.GetPasskeysAsync(user)).Count > 0
                ? new RedirectResult($"/aanmelden?toegangssleutel=nodig&returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}")
                : new RedirectResult("/profiel/tweestaps?nodig=1");
            return;
        }
        await next();
    }
}
