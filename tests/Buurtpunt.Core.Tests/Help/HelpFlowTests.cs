using Buurtpunt.Core.Help;

namespace Buurtpunt.Core.Tests.Help;

/// <summary>Every step from every state by every actor: allowed exactly where the flow says, refused everywhere else.</summary>
public class HelpFlowTests
{
    private static readonly (HelpStatus From, HelpStep Step, HelpActor By, HelpStatus To)[] Allowed =
    [
        (HelpStatus.Open, HelpStep.Propose, HelpActor.Staff, HelpStatus.Proposed),
        (HelpStatus.Proposed, HelpStep.Accept, HelpActor.Volunteer, HelpStatus.Accepted),
        (HelpStatus.Proposed, HelpStep.Decline, HelpActor.Volunteer, HelpStatus.Open),
        (HelpStatus.Proposed, HelpStep.Withdraw, HelpActor.Staff, HelpStatus.Open),
        (HelpStatus.Accepted, HelpStep.Withdraw, HelpActor.Staff, HelpStatus.Open),
        (HelpStatus.Accepted, HelpStep.Done, HelpActor.Staff, HelpStatus.Done),
        (HelpStatus.Open, HelpStep.NoOneFound, HelpActor.Staff, HelpStatus.NoOneFound),
        (HelpStatus.NoOneFound, HelpStep.Reopen, HelpActor.Staff, HelpStatus.Open),
        (HelpStatus.Open, HelpStep.Cancel, HelpActor.Requester, HelpStatus.Cancelled),
        (HelpStatus.Open, HelpStep.Cancel, HelpActor.Staff, HelpStatus.Cancelled),
        (HelpStatus.Proposed, HelpStep.Cancel, HelpActor.Requester, HelpStatus.Cancelled),
        (HelpStatus.Proposed, HelpStep.Cancel, HelpActor.Staff, HelpStatus.Cancelled),
        (HelpStatus.Accepted, HelpStep.Cancel, HelpActor.Requester, HelpStatus.Cancelled),
        (HelpStatus.Accepted, HelpStep.Cancel, HelpActor.Staff, HelpStatus.Cancelled),
        (HelpStatus.NoOneFound, HelpStep.Cancel, HelpActor.Requester, HelpStatus.Cancelled),
        (HelpStatus.NoOneFound, HelpStep.Cancel, HelpActor.Staff, HelpStatus.Cancelled),
    ];

    public static TheoryData<HelpStatus, HelpStep, HelpActor, HelpStatus> AllowedSteps()
    {
        var data = new TheoryData<HelpStatus, HelpStep, HelpActor, HelpStatus>();
        foreach (var (from, step, by, to) in Allowed) data.Add(from, step, by, to);
        return data;
    }

    public static TheoryData<HelpStatus, HelpStep, HelpActor> ForbiddenSteps()
    {
        var data = new TheoryData<HelpStatus, HelpStep, HelpActor>();
        foreach (var from in Enum.GetValues<HelpStatus>())
            foreach (var step in Enum.GetValues<HelpStep>())
                foreach (var by in Enum.GetValues<HelpActor>())
                    if (!Allowed.Any(a => a.From == from && a.Step == step && a.By == by)) data.Add(from, step, by);
        return data;
    }

    [Theory, MemberData(nameof(AllowedSteps))]
    public void An_allowed_step_leads_to_its_state(HelpStatus from, HelpStep step, HelpActor by, HelpStatus to)
    {
        Assert.Equal(to, HelpFlow.Next(from, step, [by]));
        Assert.Contains(step, HelpFlow.Allowed(from, [by]));
    }

    [Theory, MemberData(nameof(ForbiddenSteps))]
    public void A_forbidden_step_is_refused(HelpStatus from, HelpStep step, HelpActor by)
    {
        Assert.Null(HelpFlow.Next(from, step, [by]));
        Assert.DoesNotContain(step, HelpFlow.Allowed(from, [by]));
    }

    [Fact]
    public void Done_and_cancelled_are_final_for_everyone()
    {
        HelpActor[] everyone = [HelpActor.Requester, HelpActor.Volunteer, HelpActor.Staff];
        Assert.Empty(HelpFlow.Allowed(HelpStatus.Done, everyone));
        Assert.Empty(HelpFlow.Allowed(HelpStatus.Cancelled, everyone));
        Assert.Null(HelpFlow.Next(HelpStatus.Open, HelpStep.Done, []));
    }
}
