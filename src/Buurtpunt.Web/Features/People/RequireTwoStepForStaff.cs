using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Staff pages open only to a session that signed in in two steps. Staff without an
/// authenticator are sent to set one up; nothing of the staff page is shown before that.
/// </summary>
public sealed class RequireTwoStepForStaff : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var staff = Roles.Staff.Any(r => user.IsInRole(r.ToString()));
        if (staff && !user.HasClaim("amr", "mfa"))
        {
            context.Result = new RedirectResult("/profiel/tweestaps?nodig=1");
            return;
        }
        await next();
    }
}
