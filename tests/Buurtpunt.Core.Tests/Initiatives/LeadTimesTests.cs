using Buurtpunt.Core.Initiatives;

namespace Buurtpunt.Core.Tests.Initiatives;

public class LeadTimesTests
{
    [Fact]
    public void Days_are_calendar_days_between_the_dates()
    {
        Assert.Equal(2, LeadTimes.Days(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25)));
        Assert.Equal(0, LeadTimes.Days(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));
        Assert.Equal(39, LeadTimes.Days(new DateOnly(2026, 12, 30), new DateOnly(2027, 2, 7)));
    }

    [Fact]
    public void Without_lead_times_there_is_no_median_or_maximum()
    {
        Assert.Equal(new LeadTimeSummary(0, null, null), LeadTimes.Summarise([]));
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_one_whatever_the_order()
    {
        Assert.Equal(new LeadTimeSummary(5, 12m, 90), LeadTimes.Summarise([90, 3, 12, 14, 7]));
        Assert.Equal(new LeadTimeSummary(1, 4m, 4), LeadTimes.Summarise([4]));
    }

    [Fact]
    public void The_median_of_an_even_count_is_halfway_between_the_middle_two()
    {
        Assert.Equal(new LeadTimeSummary(4, 10.5m, 30), LeadTimes.Summarise([30, 10, 2, 11]));
        Assert.Equal(new LeadTimeSummary(2, 0m, 0), LeadTimes.Summarise([0, 0]));
    }
}
