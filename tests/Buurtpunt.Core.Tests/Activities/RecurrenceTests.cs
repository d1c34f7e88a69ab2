using Buurtpunt.Core.Activities;
using NodaTime;

namespace Buurtpunt.Core.Tests.Activities;

public class RecurrenceTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Once_is_one_date() => Assert.Equal([D(2026, 12, 1)], new Recurrence(Frequency.Once, D(2026, 12, 1)).Dates());

    [Fact]
    public void Weekly_repeats_on_the_first_dates_weekday_until_the_end_date_included() =>
        Assert.Equal([D(2026, 12, 1), D(2026, 12, 8), D(2026, 12, 15), D(2026, 12, 22)],
            new Recurrence(Frequency.Weekly, D(2026, 12, 1), Until: D(2026, 12, 22)).Dates());

    [Fact]
    public void Every_other_week_skips_a_week() =>
        Assert.Equal([D(2026, 12, 3), D(2026, 12, 17), D(2026, 12, 31)],
            new Recurrence(Frequency.Weekly, D(2026, 12, 3), Interval: 2, Until: D(2027, 1, 13)).Dates());

    [Fact]
    public void Monthly_on_the_first_tuesday()
    {
        var dates = new Recurrence(Frequency.Monthly, D(2026, 12, 1), WeekOfMonth: 1, Until: D(2027, 3, 31)).Dates();
        Assert.Equal([D(2026, 12, 1), D(2027, 1, 5), D(2027, 2, 2), D(2027, 3, 2)], dates);
        Assert.All(dates, d => Assert.Equal(IsoDayOfWeek.Tuesday, d.DayOfWeek));
    }

    [Fact]
    public void Monthly_on_the_last_friday_starting_from_a_later_first_date() =>
        // The first date is a Friday mid-month: the series starts with the last Friday of that month.
        Assert.Equal([D(2026, 11, 27), D(2026, 12, 25), D(2027, 1, 29)],
            new Recurrence(Frequency.Monthly, D(2026, 11, 13), WeekOfMonth: -1, Until: D(2027, 2, 20)).Dates());

    [Theory]
    [InlineData(Frequency.Weekly, 1, null, 2026, 11, 30, RecurrenceProblem.UntilBeforeFirst)]
    [InlineData(Frequency.Weekly, 0, null, 2027, 1, 1, RecurrenceProblem.BadInterval)]
    [InlineData(Frequency.Weekly, 9, null, 2027, 1, 1, RecurrenceProblem.BadInterval)]
    [InlineData(Frequency.Monthly, 1, 5, 2027, 1, 1, RecurrenceProblem.BadWeekOfMonth)]
    [InlineData(Frequency.Monthly, 1, 2, 2026, 12, 5, RecurrenceProblem.NoDates)]      // the second Wednesday of December is the 9th
    [InlineData(Frequency.Weekly, 1, null, 2029, 12, 31, RecurrenceProblem.TooFarAhead)]
    public void Bad_series_are_refused_with_their_reason(Frequency frequency, int interval, int? week, int year, int month, int day, RecurrenceProblem expected)
    {
        var rule = new Recurrence(frequency, D(2026, 12, 2), interval, week, D(year, month, day));
        Assert.Equal(expected, rule.Check());
        Assert.Throws<InvalidOperationException>(() => rule.Dates());
    }

    [Fact]
    public void A_series_without_an_end_is_refused() =>
        Assert.Equal(RecurrenceProblem.UntilMissing, new Recurrence(Frequency.Weekly, D(2026, 12, 2)).Check());

    [Fact]
    public void A_weekly_series_may_run_two_years_and_no_longer()
    {
        Assert.Equal(105, new Recurrence(Frequency.Weekly, D(2026, 1, 5), Until: D(2028, 1, 5)).Dates().Count);
        Assert.Equal(RecurrenceProblem.TooFarAhead, new Recurrence(Frequency.Weekly, D(2026, 1, 5), Until: D(2028, 1, 6)).Check());
        Assert.True(Recurrence.MaxDates >= 105);
    }

    [Fact]
    public void Times_follow_brussels_across_the_switch_to_winter_time()
    {
        // 14:00 in Brussels is 12:00 UTC in summer (CEST) and 13:00 UTC in winter (CET); the clocks went back on 25 October 2026.
        Assert.Equal(new DateTime(2026, 10, 24, 12, 0, 0, DateTimeKind.Utc), MunicipalTime.ToUtc(D(2026, 10, 24), new LocalTime(14, 0)));
        Assert.Equal(new DateTime(2026, 10, 31, 13, 0, 0, DateTimeKind.Utc), MunicipalTime.ToUtc(D(2026, 10, 31), new LocalTime(14, 0)));
        // 2:30 on 29 March 2026 does not exist: it becomes 3:30 CEST (1:30 UTC).
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), MunicipalTime.ToUtc(D(2026, 3, 29), new LocalTime(2, 30)));
    }
}
