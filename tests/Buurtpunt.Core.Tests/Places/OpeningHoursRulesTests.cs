using Buurtpunt.Core.Places;
using NodaTime;

namespace Buurtpunt.Core.Tests.Places;

public class OpeningHoursRulesTests
{
    private static readonly LocalDate Today = new(2026, 6, 1);

    private static TimeRange Hours(int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(new LocalTime(opensHour, opensMinute), new LocalTime(closesHour, closesMinute));

    private static WeeklyOpening Monday(int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(IsoDayOfWeek.Monday, Hours(opensHour, opensMinute, closesHour, closesMinute));

    private static OpeningException Closed(LocalDate date) => new(date, true, null);

    private static OpeningException Open(LocalDate date, int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(date, false, Hours(opensHour, opensMinute, closesHour, closesMinute));

    // --- TimeRange ---

    [Theory]
    [InlineData(9, 0, 12, 0, true)]
    [InlineData(12, 0, 9, 0, false)]
    [InlineData(9, 0, 9, 0, false)]
    public void TimeRange_is_valid_only_when_it_closes_after_it_opens(int oh, int om, int ch, int cm, bool valid) =>
        Assert.Equal(valid, Hours(oh, om, ch, cm).IsValid);

    // --- weekly ---

    [Fact]
    public void Weekly_slot_ending_before_it_starts_is_rejected() =>
        Assert.Equal(OpeningProblem.EndsBeforeStart, OpeningHoursRules.CheckWeekly(Monday(12, 0, 9, 0), []));

    [Fact]
    public void Weekly_slot_ending_when_it_starts_is_rejected() =>
        Assert.Equal(OpeningProblem.EndsBeforeStart, OpeningHoursRules.CheckWeekly(Monday(9, 0, 9, 0), []));

    [Fact]
    public void Weekly_slot_ending_before_it_starts_is_reported_as_such_even_if_it_would_overlap() =>
        Assert.Equal(OpeningProblem.EndsBeforeStart,
            OpeningHoursRules.CheckWeekly(Monday(12, 0, 9, 0), [Monday(8, 0, 13, 0)]));

    [Theory]
    [InlineData(10, 0, 13, 0)] // overlaps the end
    [InlineData(8, 0, 10, 0)]  // overlaps the start
    [InlineData(10, 0, 11, 0)] // inside
    [InlineData(8, 0, 13, 0)]  // around
    [InlineData(9, 0, 12, 0)]  // identical
    [InlineData(11, 59, 14, 0)] // one minute of overlap
    public void Weekly_slot_overlapping_another_on_the_same_day_is_rejected(int oh, int om, int ch, int cm) =>
        Assert.Equal(OpeningProblem.Overlaps,
            OpeningHoursRules.CheckWeekly(Monday(oh, om, ch, cm), [Monday(9, 0, 12, 0)]));

    [Fact]
    public void Weekly_slot_overlapping_the_second_of_several_existing_slots_is_rejected() =>
        Assert.Equal(OpeningProblem.Overlaps,
            OpeningHoursRules.CheckWeekly(Monday(15, 0, 18, 0), [Monday(9, 0, 12, 0), Monday(13, 30, 16, 0)]));

    [Fact]
    public void Weekly_slot_starting_when_the_previous_one_ends_is_accepted() =>
        Assert.Null(OpeningHoursRules.CheckWeekly(Monday(12, 0, 14, 0), [Monday(9, 0, 12, 0)]));

    [Fact]
    public void Weekly_slot_ending_when_the_next_one_starts_is_accepted() =>
        Assert.Null(OpeningHoursRules.CheckWeekly(Monday(9, 0, 12, 0), [Monday(12, 0, 14, 0)]));

    [Fact]
    public void Weekly_slot_between_two_slots_is_accepted() =>
        Assert.Null(OpeningHoursRules.CheckWeekly(Monday(12, 0, 13, 30), [Monday(9, 0, 12, 0), Monday(13, 30, 16, 0)]));

    [Fact]
    public void Weekly_slot_with_the_same_hours_on_another_day_is_accepted() =>
        Assert.Null(OpeningHoursRules.CheckWeekly(
            new WeeklyOpening(IsoDayOfWeek.Tuesday, Hours(9, 0, 12, 0)), [Monday(9, 0, 12, 0)]));

    [Fact]
    public void First_weekly_slot_is_accepted() =>
        Assert.Null(OpeningHoursRules.CheckWeekly(Monday(9, 0, 12, 0), []));

    // --- exceptions ---

    [Fact]
    public void Exception_in_the_past_is_rejected()
    {
        Assert.Equal(OpeningProblem.DateInPast,
            OpeningHoursRules.CheckException(Closed(Today.PlusDays(-1)), [], Today));
        Assert.Equal(OpeningProblem.DateInPast,
            OpeningHoursRules.CheckException(Open(Today.PlusDays(-1), 9, 0, 12, 0), [], Today));
    }

    [Fact]
    public void Exception_for_today_is_accepted() =>
        Assert.Null(OpeningHoursRules.CheckException(Closed(Today), [], Today));

    [Fact]
    public void Exception_with_hours_ending_before_they_start_is_rejected()
    {
        Assert.Equal(OpeningProblem.EndsBeforeStart,
            OpeningHoursRules.CheckException(Open(Today, 12, 0, 9, 0), [], Today));
        Assert.Equal(OpeningProblem.EndsBeforeStart,
            OpeningHoursRules.CheckException(Open(Today, 9, 0, 9, 0), [], Today));
    }

    [Fact]
    public void Exception_hours_overlapping_other_exception_hours_that_day_are_rejected() =>
        Assert.Equal(OpeningProblem.Overlaps,
            OpeningHoursRules.CheckException(Open(Today, 11, 0, 14, 0), [Open(Today, 9, 0, 12, 0)], Today));

    [Fact]
    public void Exception_hours_adjacent_to_other_exception_hours_that_day_are_accepted() =>
        Assert.Null(OpeningHoursRules.CheckException(Open(Today, 12, 0, 14, 0), [Open(Today, 9, 0, 12, 0)], Today));

    [Fact]
    public void Exception_hours_on_another_date_do_not_conflict()
    {
        var tomorrow = Today.PlusDays(1);
        Assert.Null(OpeningHoursRules.CheckException(Open(tomorrow, 9, 0, 12, 0), [Open(Today, 9, 0, 12, 0)], Today));
        Assert.Null(OpeningHoursRules.CheckException(Open(tomorrow, 9, 0, 12, 0), [Closed(Today)], Today));
        Assert.Null(OpeningHoursRules.CheckException(Closed(tomorrow), [Open(Today, 9, 0, 12, 0)], Today));
    }

    [Fact]
    public void Closing_a_day_that_already_has_exception_hours_is_rejected() =>
        Assert.Equal(OpeningProblem.ClosedDayHasHours,
            OpeningHoursRules.CheckException(Closed(Today), [Open(Today, 9, 0, 12, 0)], Today));

    [Fact]
    public void Adding_hours_to_a_closed_day_is_rejected() =>
        Assert.Equal(OpeningProblem.ClosedDayHasHours,
            OpeningHoursRules.CheckException(Open(Today, 9, 0, 12, 0), [Closed(Today)], Today));

    [Fact]
    public void Adding_overlapping_hours_to_a_closed_day_reports_the_closed_day() =>
        Assert.Equal(OpeningProblem.ClosedDayHasHours,
            OpeningHoursRules.CheckException(Open(Today, 9, 0, 12, 0), [Closed(Today), Open(Today, 10, 0, 11, 0)], Today));

    [Fact]
    public void Valid_exceptions_are_accepted()
    {
        Assert.Null(OpeningHoursRules.CheckException(Closed(Today.PlusDays(30)), [], Today));
        Assert.Null(OpeningHoursRules.CheckException(Open(Today.PlusDays(30), 9, 0, 12, 0), [], Today));
        Assert.Null(OpeningHoursRules.CheckException(
            Open(Today.PlusDays(30), 13, 30, 16, 0), [Open(Today.PlusDays(30), 9, 0, 12, 0)], Today));
    }
}
