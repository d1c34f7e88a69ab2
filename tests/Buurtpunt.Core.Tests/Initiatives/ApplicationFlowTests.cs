using Buurtpunt.Core.Initiatives;
using S = Buurtpunt.Core.Initiatives.ApplicationStatus;
using T = Buurtpunt.Core.Initiatives.ApplicationStep;
using A = Buurtpunt.Core.Initiatives.ApplicationActor;

namespace Buurtpunt.Core.Tests.Initiatives;

/// <summary>One case per allowed and per forbidden transition of an application, for every actor.</summary>
public class ApplicationFlowTests
{
    private static readonly (S From, T Step, A By, S To)[] Allowed =
    [
        (S.Draft, T.Submit, A.Applicant, S.Submitted),
        (S.Submitted, T.StartReview, A.WorkingGroup, S.InReview),
        (S.InReview, T.AskApplicant, A.WorkingGroup, S.QuestionsToApplicant),
        (S.QuestionsToApplicant, T.Answer, A.Applicant, S.InReview),
        (S.InReview, T.Recommend, A.WorkingGroup, S.InReview),
        (S.InReview, T.Advise, A.CommitteeChair, S.Assessed),
        (S.Assessed, T.Approve, A.Council, S.Approved),
        (S.Assessed, T.Reject, A.Council, S.Rejected),
        (S.Approved, T.Start, A.Staff, S.Running),
        (S.Running, T.Evaluate, A.Applicant, S.Evaluated),
        (S.Running, T.Close, A.Staff, S.Closed),
        (S.Evaluated, T.Close, A.Staff, S.Closed),
        (S.Draft, T.Withdraw, A.Applicant, S.Withdrawn),
        (S.Submitted, T.Withdraw, A.Applicant, S.Withdrawn),
        (S.InReview, T.Withdraw, A.Applicant, S.Withdrawn),
        (S.QuestionsToApplicant, T.Withdraw, A.Applicant, S.Withdrawn),
        (S.Assessed, T.Withdraw, A.Applicant, S.Withdrawn),
    ];

    public static TheoryData<S, T, A, S> AllowedSteps()
    {
        var data = new TheoryData<S, T, A, S>();
        foreach (var (from, step, by, to) in Allowed) data.Add(from, step, by, to);
        return data;
    }

    public static TheoryData<S, T, A> ForbiddenSteps()
    {
        var data = new TheoryData<S, T, A>();
        foreach (var from in Enum.GetValues<S>())
            foreach (var step in Enum.GetValues<T>())
                foreach (var by in Enum.GetValues<A>())
                    if (!Allowed.Any(a => a.From == from && a.Step == step && a.By == by)) data.Add(from, step, by);
        return data;
    }

    [Theory, MemberData(nameof(AllowedSteps))]
    public void An_allowed_step_leads_to_its_state(S from, T step, A by, S to)
    {
        Assert.Equal(to, ApplicationFlow.Next(from, step, [by]));
        Assert.Contains(step, ApplicationFlow.Allowed(from, [by]));
    }

    [Theory, MemberData(nameof(ForbiddenSteps))]
    public void A_forbidden_step_is_refused(S from, T step, A by)
    {
        Assert.Null(ApplicationFlow.Next(from, step, [by]));
        Assert.DoesNotContain(step, ApplicationFlow.Allowed(from, [by]));
    }

    [Fact]
    public void No_one_withdraws_after_the_decision_and_only_drafts_and_questions_are_editable()
    {
        A[] everyone = Enum.GetValues<A>();
        foreach (var decided in new[] { S.Approved, S.Rejected, S.Running, S.Evaluated, S.Closed, S.Withdrawn })
            Assert.Null(ApplicationFlow.Next(decided, T.Withdraw, everyone));
        Assert.Equal([S.Draft, S.QuestionsToApplicant], Enum.GetValues<S>().Where(ApplicationFlow.Editable));
    }
}
