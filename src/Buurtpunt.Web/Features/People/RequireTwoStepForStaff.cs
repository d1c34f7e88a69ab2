using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Staff pages open only to a session that signed in in two steps: password and authenticator
/// code, or a passkey. Without them <see cref="StaffSession"/> has already taken the staff roles out of
/// the session; this filter sends the person on to their second step instead of showing a resident's
/// refusal. Staff with a passkey are asked to sign in with it; staff with neither are sent to set one up.
/// </summary>
public sealed class RequireTwoStepForStaff : IAsyncPageFilter
{
    /// <summary>A staff person, whatever the strength of this session (their roles may wait for the second step).</summary>
    public static bool IsStaff(ClaimsPrincipal principal) => Roles.Staff.Any(r => principal.IsInRole(r.ToString())) || StaffSession.AwaitsSecondStep(principal);

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
        var http = context.HttpContext;
        if (StaffSession.AwaitsSecondStep(http.User))
        {
            context.Result = new RedirectResult(await StaffSession.SecondStepUrlAsync(http, http.Request.Path + http.Request.QueryString));
            return;
        }
        await next();
    }
}
