using Buurtpunt.Core.Places;
using NodaTime;

namespace Buurtpunt.Core.Tests.Places;

/// <summary>
/// Weekly schedule and "open now / next open" in Europe/Brussels. June 2026 is summer time (UTC+2):
/// Monday 2026-06-01, Tuesday 06-02, Saturday 06-06, Sunday 06-07, Monday 06-08.
/// </summary>
public class OpeningHoursTests
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    // Monday 09:00–17:00; Tuesday 09:00–12:00 and 13:30–16:00 (given out of order on purpose);
    // Saturday 10:00–12:00; closed on the other days.
    private static readonly WeeklyOpening[] Week =
    [
        new(IsoDayOfWeek.Monday, Hours(9, 0, 17, 0)),
        new(IsoDayOfWeek.Tuesday, Hours(13, 30, 16, 0)),
        new(IsoDayOfWeek.Tuesday, Hours(9, 0, 12, 0)),
        new(IsoDayOfWeek.Saturday, Hours(10, 0, 12, 0)),
    ];

    private static TimeRange Hours(int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(new LocalTime(opensHour, opensMinute), new LocalTime(closesHour, closesMinute));

    private static Instant Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        Instant.FromUtc(year, month, day, hour, minute, second);

    private static LocalDateTime Local(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute);

    private static OpeningStatus OpenUntil(LocalDateTime until) => new(OpeningState.OpenNow, until, null);

    private static OpeningStatus OpensAt(LocalDateTime next) => new(OpeningState.ClosedOpensLater, null, next);

    private static readonly OpeningStatus NoUpcoming = new(OpeningState.NoUpcomingOpening, null, null);

    private static OpeningStatus StatusAt(Instant now, IEnumerable<WeeklyOpening> weekly, params OpeningException[] exceptions) =>
        new OpeningHours(weekly, exceptions).StatusAt(now, Brussels);

    [Fact]
    public void Test_instants_are_in_summer_time_in_June()
    {
        // Guards the premise of the other tests: 08:00 UTC is 10:00 on the door in June.
        Assert.Equal(Local(2026, 6, 1, 10, 0), Utc(2026, 6, 1, 8, 0).InZone(Brussels).LocalDateTime);
        Assert.Equal(IsoDayOfWeek.Monday, new LocalDate(2026, 6, 1).DayOfWeek);
    }

    // --- weekly schedule ---

    [Fact]
    public void Open_now_reports_until_the_closing_time_of_the_current_slot()
    {
        // Monday 10:00 local.
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 17, 0)), StatusAt(Utc(2026, 6, 1, 8, 0), Week));
    }

    [Fact]
    public void Closed_in_the_morning_opens_later_today()
    {
        // Monday 07:00 local.
        Assert.Equal(OpensAt(Local(2026, 6, 1, 9, 0)), StatusAt(Utc(2026, 6, 1, 5, 0), Week));
    }

    [Fact]
    public void Closed_on_Monday_evening_opens_Tuesday_morning()
    {
        // Monday 20:00 local.
        Assert.Equal(OpensAt(Local(2026, 6, 2, 9, 0)), StatusAt(Utc(2026, 6, 1, 18, 0), Week));
    }

    [Fact]
    public void Closed_after_the_last_slot_of_the_week_opens_next_week()
    {
        // Saturday 13:00 local; nothing on Sunday, so next Monday.
        Assert.Equal(OpensAt(Local(2026, 6, 8, 9, 0)), StatusAt(Utc(2026, 6, 6, 11, 0), Week));
    }

    [Fact]
    public void Closed_days_in_between_are_skipped()
    {
        // Tuesday 17:00 local; Wednesday to Friday are closed.
        Assert.Equal(OpensAt(Local(2026, 6, 6, 10, 0)), StatusAt(Utc(2026, 6, 2, 15, 0), Week));
    }

    [Fact]
    public void A_point_open_one_day_a_week_opens_again_seven_days_later()
    {
        WeeklyOpening[] onlyTuesday = [new(IsoDayOfWeek.Tuesday, Hours(9, 0, 12, 0))];
        // Tuesday 12:30 local.
        Assert.Equal(OpensAt(Local(2026, 6, 9, 9, 0)), StatusAt(Utc(2026, 6, 2, 10, 30), onlyTuesday));
    }

    [Fact]
    public void Between_two_slots_on_one_day_the_next_opening_is_the_afternoon_slot()
    {
        // Tuesday 12:30 local.
        Assert.Equal(OpensAt(Local(2026, 6, 2, 13, 30)), StatusAt(Utc(2026, 6, 2, 10, 30), Week));
    }

    [Fact]
    public void In_the_morning_slot_of_two_reports_the_morning_closing_time()
    {
        // Tuesday 10:00 local.
        Assert.Equal(OpenUntil(Local(2026, 6, 2, 12, 0)), StatusAt(Utc(2026, 6, 2, 8, 0), Week));
    }

    [Fact]
    public void In_the_afternoon_slot_of_two_reports_the_afternoon_closing_time()
    {
        // Tuesday 14:00 local.
        Assert.Equal(OpenUntil(Local(2026, 6, 2, 16, 0)), StatusAt(Utc(2026, 6, 2, 12, 0), Week));
    }

    [Fact]
    public void At_exactly_the_closing_time_it_is_closed()
    {
        // Monday 17:00 local.
        Assert.Equal(OpensAt(Local(2026, 6, 2, 9, 0)), StatusAt(Utc(2026, 6, 1, 15, 0), Week));
    }

    [Fact]
    public void At_exactly_the_end_of_the_morning_slot_the_afternoon_slot_is_next()
    {
        // Tuesday 12:00 local.
        Assert.Equal(OpensAt(Local(2026, 6, 2, 13, 30)), StatusAt(Utc(2026, 6, 2, 10, 0), Week));
    }

    [Fact]
    public void One_second_before_the_closing_time_it_is_still_open()
    {
        // Monday 16:59:59 local.
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 17, 0)), StatusAt(Utc(2026, 6, 1, 14, 59, 59), Week));
    }

    [Fact]
    public void At_exactly_the_opening_time_it_is_open()
    {
        // Monday 09:00 local.
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 17, 0)), StatusAt(Utc(2026, 6, 1, 7, 0), Week));
    }

    [Fact]
    public void One_second_before_the_opening_time_it_is_closed()
    {
        // Monday 08:59:59 local.
        Assert.Equal(OpensAt(Local(2026, 6, 1, 9, 0)), StatusAt(Utc(2026, 6, 1, 6, 59, 59), Week));
    }

    [Fact]
    public void Today_is_the_local_date_not_the_UTC_date()
    {
        // Monday 23:30 UTC is already Tuesday 01:30 in Brussels: Tuesday 09:00 is "later today".
        Assert.Equal(OpensAt(Local(2026, 6, 2, 9, 0)), StatusAt(Utc(2026, 6, 1, 23, 30), Week));
        // Sunday 22:30 UTC is Monday 00:30 in Brussels.
        Assert.Equal(OpensAt(Local(2026, 6, 8, 9, 0)), StatusAt(Utc(2026, 6, 7, 22, 30), Week));
    }

    [Fact]
    public void In_winter_the_same_UTC_instant_is_one_hour_earlier_on_the_door()
    {
        // Monday 2026-01-05 08:30 UTC is 09:30 local (UTC+1): open.
        Assert.Equal(OpenUntil(Local(2026, 1, 5, 17, 0)), StatusAt(Utc(2026, 1, 5, 8, 30), Week));
        // Monday 2026-01-05 07:30 UTC is 08:30 local: not yet open.
        Assert.Equal(OpensAt(Local(2026, 1, 5, 9, 0)), StatusAt(Utc(2026, 1, 5, 7, 30), Week));
    }

    [Fact]
    public void Adjacent_slots_report_the_end_of_the_combined_opening()
    {
        // 09:00–12:00, 12:00–13:00 and 13:00–17:00 are one uninterrupted opening: at 10:00 the
        // point does not close at 12:00, it stays open until 17:00.
        WeeklyOpening[] chained =
        [
            new(IsoDayOfWeek.Monday, Hours(9, 0, 12, 0)),
            new(IsoDayOfWeek.Monday, Hours(12, 0, 13, 0)),
            new(IsoDayOfWeek.Monday, Hours(13, 0, 17, 0)),
        ];
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 17, 0)), StatusAt(Utc(2026, 6, 1, 8, 0), chained));
        // At 12:00 exactly the first slot is over and the next one has begun.
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 17, 0)), StatusAt(Utc(2026, 6, 1, 10, 0), chained));
    }

    [Fact]
    public void Adjacent_exception_hours_report_the_end_of_the_combined_opening()
    {
        var date = new LocalDate(2026, 6, 7); // Sunday, normally closed
        OpeningException[] extra =
        [
            new(date, false, Hours(10, 0, 12, 0)),
            new(date, false, Hours(12, 0, 15, 0)),
        ];
        Assert.Equal(OpenUntil(Local(2026, 6, 7, 15, 0)), StatusAt(Utc(2026, 6, 7, 9, 0), Week, extra));
    }

    [Fact]
    public void A_gap_between_slots_is_not_bridged()
    {
        WeeklyOpening[] withGap =
        [
            new(IsoDayOfWeek.Monday, Hours(9, 0, 12, 0)),
            new(IsoDayOfWeek.Monday, Hours(12, 1, 17, 0)),
        ];
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 12, 0)), StatusAt(Utc(2026, 6, 1, 8, 0), withGap));
    }

    // --- HoursOn ---

    [Fact]
    public void HoursOn_returns_the_weekly_slots_of_that_weekday_in_order()
    {
        var hours = new OpeningHours(Week, []);
        Assert.Equal([Hours(9, 0, 12, 0), Hours(13, 30, 16, 0)], hours.HoursOn(new LocalDate(2026, 6, 2)));
        Assert.Equal([Hours(9, 0, 12, 0), Hours(13, 30, 16, 0)], hours.HoursOn(new LocalDate(2026, 6, 9)));
    }

    [Fact]
    public void HoursOn_a_weekday_without_slots_is_empty()
    {
        Assert.Empty(new OpeningHours(Week, []).HoursOn(new LocalDate(2026, 6, 7)));
    }

    [Fact]
    public void HoursOn_a_closed_exception_date_is_empty()
    {
        var hours = new OpeningHours(Week, [new OpeningException(new LocalDate(2026, 6, 2), true, null)]);
        Assert.Empty(hours.HoursOn(new LocalDate(2026, 6, 2)));
        // Only that date: the next Tuesday has its weekly hours again.
        Assert.Equal([Hours(9, 0, 12, 0), Hours(13, 30, 16, 0)], hours.HoursOn(new LocalDate(2026, 6, 9)));
    }

    [Fact]
    public void HoursOn_an_exception_date_is_only_the_exception_hours_in_order()
    {
        var date = new LocalDate(2026, 6, 1);
        var hours = new OpeningHours(Week,
        [
            new OpeningException(date, false, Hours(14, 0, 18, 0)),
            new OpeningException(date, false, Hours(10, 0, 12, 0)),
        ]);
        Assert.Equal([Hours(10, 0, 12, 0), Hours(14, 0, 18, 0)], hours.HoursOn(date));
    }

    [Fact]
    public void HoursOn_a_date_that_is_both_closed_and_has_exception_hours_is_closed()
    {
        var date = new LocalDate(2026, 6, 1);
        var hours = new OpeningHours(Week,
        [
            new OpeningException(date, false, Hours(10, 0, 12, 0)),
            new OpeningException(date, true, null),
        ]);
        Assert.Empty(hours.HoursOn(date));
    }

    // --- exceptions ---

    [Fact]
    public void A_closed_holiday_skips_that_days_weekly_hours()
    {
        // Tuesday 2026-07-21 is the national holiday. Monday 20:00 local: not Tuesday but Saturday.
        OpeningException[] holiday = [new(new LocalDate(2026, 7, 21), true, null)];
        Assert.Equal(OpensAt(Local(2026, 7, 25, 10, 0)), StatusAt(Utc(2026, 7, 20, 18, 0), Week, holiday));
    }

    [Fact]
    public void During_a_closed_holiday_it_is_closed_at_a_normally_open_time()
    {
        // Tuesday 2026-07-21 10:00 local would normally be open.
        OpeningException[] holiday = [new(new LocalDate(2026, 7, 21), true, null)];
        Assert.Equal(OpensAt(Local(2026, 7, 25, 10, 0)), StatusAt(Utc(2026, 7, 21, 8, 0), Week, holiday));
    }

    [Fact]
    public void Exception_hours_replace_the_weekly_hours_of_that_date()
    {
        // Monday 2026-06-01 only 10:00–13:00 instead of 09:00–17:00.
        OpeningException[] changed = [new(new LocalDate(2026, 6, 1), false, Hours(10, 0, 13, 0))];

        // 09:30 local: the weekly hours would be open, the exception is not yet.
        Assert.Equal(OpensAt(Local(2026, 6, 1, 10, 0)), StatusAt(Utc(2026, 6, 1, 7, 30), Week, changed));
        // 12:30 local: open until the exception's closing time.
        Assert.Equal(OpenUntil(Local(2026, 6, 1, 13, 0)), StatusAt(Utc(2026, 6, 1, 10, 30), Week, changed));
        // 14:00 local: the weekly 17:00 does not apply; next is Tuesday.
        Assert.Equal(OpensAt(Local(2026, 6, 2, 9, 0)), StatusAt(Utc(2026, 6, 1, 12, 0), Week, changed));
    }

    [Fact]
    public void Exception_hours_apply_only_to_their_own_date()
    {
        OpeningException[] changed = [new(new LocalDate(2026, 6, 1), false, Hours(10, 0, 13, 0))];
        // The next Monday, 2026-06-08 at 09:30 local, follows the weekly schedule.
        Assert.Equal(OpenUntil(Local(2026, 6, 8, 17, 0)), StatusAt(Utc(2026, 6, 8, 7, 30), Week, changed));
    }

    [Fact]
    public void An_extra_opening_on_a_normally_closed_day_is_the_next_opening()
    {
        // Sunday 2026-06-07 is normally closed; extra opening 10:00–14:00. Saturday 13:00 local.
        OpeningException[] extra = [new(new LocalDate(2026, 6, 7), false, Hours(10, 0, 14, 0))];
        Assert.Equal(OpensAt(Local(2026, 6, 7, 10, 0)), StatusAt(Utc(2026, 6, 6, 11, 0), Week, extra));
        // And it is open during it.
        Assert.Equal(OpenUntil(Local(2026, 6, 7, 14, 0)), StatusAt(Utc(2026, 6, 7, 9, 0), Week, extra));
    }

    [Fact]
    public void An_extra_opening_is_found_without_any_weekly_schedule()
    {
        OpeningException[] extra = [new(new LocalDate(2026, 6, 20), false, Hours(10, 0, 14, 0))];
        Assert.Equal(OpensAt(Local(2026, 6, 20, 10, 0)), StatusAt(Utc(2026, 6, 1, 8, 0), [], extra));
    }

    [Fact]
    public void A_closure_longer_than_the_look_ahead_gives_no_upcoming_opening()
    {
        // Closed every day from Monday 2026-06-01 for 200 days; it reopens after that, but too far ahead.
        var start = new LocalDate(2026, 6, 1);
        var closure = Enumerable.Range(0, 200).Select(d => new OpeningException(start.PlusDays(d), true, null)).ToArray();

        Assert.Equal(NoUpcoming, StatusAt(Utc(2026, 6, 1, 6, 0), Week, closure));
    }

    [Fact]
    public void The_look_ahead_includes_the_day_LookAheadDays_after_today()
    {
        WeeklyOpening[] daily = Enum.GetValues<IsoDayOfWeek>()
            .Where(d => d != IsoDayOfWeek.None)
            .Select(d => new WeeklyOpening(d, Hours(9, 0, 17, 0)))
            .ToArray();
        var today = new LocalDate(2026, 6, 1);
        var now = Utc(2026, 6, 1, 6, 0); // 08:00 local

        var closedUpToTheLastDay = Enumerable.Range(0, OpeningHours.LookAheadDays)
            .Select(d => new OpeningException(today.PlusDays(d), true, null)).ToArray();
        Assert.Equal(OpensAt(today.PlusDays(OpeningHours.LookAheadDays).At(new LocalTime(9, 0))),
            StatusAt(now, daily, closedUpToTheLastDay));

        var closedThroughTheLastDay = Enumerable.Range(0, OpeningHours.LookAheadDays + 1)
            .Select(d => new OpeningException(today.PlusDays(d), true, null)).ToArray();
        Assert.Equal(NoUpcoming, StatusAt(now, daily, closedThroughTheLastDay));
    }

    [Fact]
    public void An_empty_schedule_gives_no_upcoming_opening()
    {
        Assert.Equal(NoUpcoming, StatusAt(Utc(2026, 6, 1, 8, 0), []));
    }

    [Fact]
    public void Exceptions_in_the_past_do_not_give_an_upcoming_opening()
    {
        OpeningException[] past = [new(new LocalDate(2026, 5, 31), false, Hours(10, 0, 14, 0))];
        Assert.Equal(NoUpcoming, StatusAt(Utc(2026, 6, 1, 8, 0), [], past));
    }

    [Fact]
    public void An_opening_that_ended_earlier_today_is_not_reported()
    {
        OpeningException[] today = [new(new LocalDate(2026, 6, 1), false, Hours(8, 0, 9, 0))];
        // Monday 10:00 local, nothing else scheduled.
        Assert.Equal(NoUpcoming, StatusAt(Utc(2026, 6, 1, 8, 0), [], today));
    }
}
