using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Buurtpunt.Web.Features.Questions;

public static class QuestionOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement MarkBest = new() { Name = nameof(MarkBest) };
}

/// <summary>What decides who may see a question and choose its best answer.</summary>
/// <param name="AskerId">The resident in whose name the question was asked (null: former resident).</param>
/// <param name="ActorId">Who acts now: the signed-in person, or the resident a worker acts for.</param>
public sealed record QuestionFacts(int AreaId, Guid? AskerId, bool Private, Guid? ActorId);

/// <summary>
/// Public questions are for everyone. A private one is for the asker and the staff of the
/// point's area (administrators, community workers), who handle personal questions. The best
/// answer is chosen by the asker, or by that staff.
/// </summary>
public sealed class QuestionHandler : AuthorizationHandler<OperationAuthorizationRequirement, QuestionFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, QuestionFacts question)
    {
        var isAsker = question.AskerId is not null && question.AskerId == question.ActorId;
        var staff = context.User.IsAreaStaff(question.AreaId);
        var allowed = requirement.Name switch
        {
            nameof(QuestionOperations.Read) => !question.Private || isAsker || staff,
            nameof(QuestionOperations.MarkBest) => isAsker || staff,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
