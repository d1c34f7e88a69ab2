using Buurtpunt.Core.Initiatives;

namespace Buurtpunt.Core.Tests.Initiatives;

public class ApplicantEffortTests
{
    [Fact]
    public void The_title_counts_as_a_field_to_fill_in()
    {
        var effort = ApplicantEffort.For(requiredQuestions: 3, questions: 5, supportThreshold: 0);
        Assert.Equal((4, 5), (effort.RequiredFields, effort.Questions));
    }

    [Fact]
    public void Gathering_support_is_a_stage_only_when_the_call_asks_for_support()
    {
        Assert.Equal([ApplicantStage.Start, ApplicantStage.FillIn, ApplicantStage.Submit], ApplicantEffort.For(1, 1, 0).Stages);
        Assert.Equal([ApplicantStage.Start, ApplicantStage.FillIn, ApplicantStage.GatherSupport, ApplicantStage.Submit], ApplicantEffort.For(1, 1, 5).Stages);
    }

    [Fact]
    public void A_form_without_questions_still_asks_for_a_title()
    {
        Assert.Equal(1, ApplicantEffort.For(0, 0, 0).RequiredFields);
    }
}
