using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Buurtpunt.Web.Features.Initiatives;

public static class ApplicationOperations
{
    /// <summary>Read an application's file with its attachments, photos and project news before they are public.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Read what only the applicants and the city's own people see (the receipts).</summary>
    public static readonly OperationAuthorizationRequirement ReadAsCity = new() { Name = nameof(ReadAsCity) };
}

/// <summary>
/// Who reads along with an application's file: its applicants (or the worker acting for them), and the call's
/// reviewers without a conflict (<see cref="Reviews.SeatAsync"/>); receipts only the city's own people.
/// It asks the request's acting person and seats, resolved when it runs: those services themselves authorise.
/// </summary>
public sealed class ApplicationHandler(IHttpContextAccessor http) : AuthorizationHandler<OperationAuthorizationRequirement, Application>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Application application)
    {
        if ((requirement != ApplicationOperations.Read && requirement != ApplicationOperations.ReadAsCity) || http.HttpContext is not { } request) return;
        var (applications, onBehalf, reviews) = (request.RequestServices.GetRequiredService<Applications>(),
            request.RequestServices.GetRequiredService<OnBehalf>(), request.RequestServices.GetRequiredService<Reviews>());
        var cancellationToken = request.RequestAborted;
        if (await applications.IsApplicantAsync((await onBehalf.ActorAsync(cancellationToken))?.PersonId, application, cancellationToken))
        {
            context.Succeed(requirement);
            return;
        }
        var seat = await reviews.SeatAsync(context.User, application, cancellationToken);
        if (requirement == ApplicationOperations.ReadAsCity ? seat.SeesPeople : seat.Any && !seat.Conflict)
            context.Succeed(requirement);
    }
}

public static class ApplicationAuthorization
{
    public static async Task<bool> MayAsync(this IAuthorizationService authorization, System.Security.Claims.ClaimsPrincipal user, Application application,
        OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user, application, operation)).Succeeded;
}
