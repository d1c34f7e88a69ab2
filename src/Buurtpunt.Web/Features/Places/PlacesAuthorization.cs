using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places;

public static class PlaceOperations
{
    /// <summary>Keep a point current day to day: opening hours, exceptions, presence, photos.</summary>
    public static readonly OperationAuthorizationRequirement Tend = new() { Name = nameof(Tend) };
}

/// <summary>The area a place belongs to: rights of leads and workers stop at its border.</summary>
public sealed record AreaScope(int AreaId);

/// <summary>
/// Administrators tend every point; a lead (trekker) or community worker tends the points of the
/// areas their role is granted for (a worker without an area: all of them).
/// </summary>
public sealed class AreaScopeHandler : AuthorizationHandler<OperationAuthorizationRequirement, AreaScope>
{
    public static readonly Role[] Tenders = [Role.Administrator, Role.AreaLead, Role.CommunityWorker];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, AreaScope scope)
    {
        if (requirement == PlaceOperations.Tend && Tenders.Any(r => context.User.Holds(r, scope.AreaId)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Guards a page about one point (route value "id"): an unknown point or one of another
/// municipality answers 404, a point outside the person's areas 403, before any handler runs.
/// </summary>
public sealed class TendPointFilter(AppDbContext db, IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Authorise the id the handler will act on: a form field "id" would otherwise win over the route.
        if (!int.TryParse(context.RouteData.Values["id"]?.ToString(), out var id)
            || (context.HandlerArguments.TryGetValue("id", out var bound) && !Equals(bound, id)))
        {
            context.Result = new NotFoundResult();
            return;
        }
        var areaId = await db.Points.Where(p => p.Id == id).Select(p => (int?)p.AreaId).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (areaId is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        if (!(await authorization.AuthorizeAsync(context.HttpContext.User, new AreaScope(areaId.Value), PlaceOperations.Tend)).Succeeded)
        {
            context.Result = new ForbidResult();
            return;
        }
        await next();
    }
}

/// <summary>Marks a point page whose "id" route value must pass <see cref="TendPointFilter"/>.</summary>
public sealed class TendPointAttribute : TypeFilterAttribute
{
    public TendPointAttribute() : base(typeof(TendPointFilter)) { }
}
