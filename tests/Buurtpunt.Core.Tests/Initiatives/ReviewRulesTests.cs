using Buurtpunt.Core.Initiatives;

namespace Buurtpunt.Core.Tests.Initiatives;

public class ReviewRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(-3, false)]
    public void Scores_must_be_on_the_scale(int points, bool ok) => Assert.Equal(ok, ReviewRules.OnScale(points));

    [Fact]
    public void The_average_is_exact_to_one_decimal_and_empty_without_scores()
    {
        Assert.Null(ReviewRules.Average([]));
        Assert.Equal(3.7m, ReviewRules.Average([4, 4, 3]));
        Assert.Equal(2.5m, ReviewRules.Average([2, 3]));
        Assert.Equal(4.3m, ReviewRules.Average([5, 4, 4]));
    }

    [Theory]
    [InlineData(0L, null, GrantProblem.NotPositive)]
    [InlineData(-100L, null, GrantProblem.NotPositive)]
    [InlineData(1_860_001L, null, GrantProblem.AboveTrackMaximum)]
    [InlineData(1_860_000L, 1_860_000L, null)]
    [InlineData(1_860_000L, 1_859_999L, GrantProblem.AboveRemainingBudget)]
    [InlineData(1L, 0L, GrantProblem.AboveRemainingBudget)]
    public void A_grant_stays_within_the_track_maximum_and_the_remaining_budget(long amount, long? remaining, GrantProblem? problem)
    {
        const long budget = 25_000_000;
        var committed = budget - (remaining ?? budget);
        Assert.Equal(problem, ReviewRules.CheckGrant(amount, 1_860_000, budget, committed));
    }
}
