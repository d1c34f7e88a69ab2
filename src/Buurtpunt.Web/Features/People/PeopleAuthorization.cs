using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Buurtpunt.Web.Features.People;

/// <summary>What staff may do with a resident's account that a worker keeps for them.</summary>
public static class ResidentOperations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Export = new() { Name = nameof(Export) };
    public static readonly OperationAuthorizationRequirement Erase = new() { Name = nameof(Erase) };
    public static readonly OperationAuthorizationRequirement ActFor = new() { Name = nameof(ActFor) };
    /// <summary>Writing down a (new) consent: possible also after a withdrawal, when the resident agrees again.</summary>
    public static readonly OperationAuthorizationRequirement RecordConsent = new() { Name = nameof(RecordConsent) };
}

/// <summary>The facts about an assisted resident that decide who may touch their file.</summary>
public sealed record ResidentFile(Guid Id, string Name, int? AreaId, bool Assisted, bool ConsentsToActing, bool ConsentsToAccount);

/// <summary>
/// Administrators and community workers keep assisted residents' files; a worker whose role is
/// limited to areas keeps only the residents of those areas. Leads, reviewers and department
/// staff never see them. Acting on someone's behalf needs their recorded consent.
/// The municipality boundary is the query filter's: a file of another municipality is never loaded.
/// </summary>
public sealed class ResidentFileHandler : AuthorizationHandler<OperationAuthorizationRequirement, ResidentFile>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ResidentFile file)
    {
        var user = context.User;
        var keeps = file.Assisted && user.IsAreaStaff(file.AreaId);
        // Without consent for the account only what ends it remains: look, hand over the data, erase.
        var allowed = requirement.Name switch
        {
            nameof(ResidentOperations.View) or nameof(ResidentOperations.Export) or nameof(ResidentOperations.Erase)
                or nameof(ResidentOperations.RecordConsent) => true,
            nameof(ResidentOperations.ActFor) => file.ConsentsToAccount && file.ConsentsToActing,
            _ => file.ConsentsToAccount,
        };
        if (keeps && allowed)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
