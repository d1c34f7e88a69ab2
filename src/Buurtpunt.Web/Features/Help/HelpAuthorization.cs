using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Buurtpunt.Web.Features.Help;

public static class HelpOperations
{
    /// <summary>See a request with its address and phone, its history and its proposals.</summary>
    public static readonly OperationAuthorizationRequirement See = new() { Name = nameof(See) };
}

/// <summary>A request as seen by one reader: who acts (the signed-in person, or the resident a worker acts for).</summary>
public sealed record HelpRequestAccess(HelpRequest Request, Actor? Actor);

/// <summary>Who sees a request: the person who asked (or a worker acting for them) and the staff of its area.</summary>
public sealed class HelpRequestHandler : AuthorizationHandler<OperationAuthorizationRequirement, HelpRequestAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, HelpRequestAccess access)
    {
        if (requirement == HelpOperations.See
            && (access.Actor?.PersonId == access.Request.RequesterId || context.User.IsAreaStaff(access.Request.AreaId)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
