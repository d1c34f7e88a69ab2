using Buurtpunt.Core.Places;
using NodaTime;

namespace Buurtpunt.Core.Tests.Places;

/// <summary>
/// Opening hours around the 2026 DST switches in Europe/Brussels. Spring forward: Sunday 2026-03-29,
/// 02:00 CET (01:00 UTC) becomes 03:00 CEST, so 02:00–02:59 local does not exist. Autumn back:
/// Sunday 2026-10-25, 03:00 CEST (01:00 UTC) becomes 02:00 CET, so 02:00–02:59 local happens twice.
/// </summary>
public class OpeningHoursDstTests
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    private static TimeRange Hours(int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(new LocalTime(opensHour, opensMinute), new LocalTime(closesHour, closesMinute));

    private static Instant Utc(int year, int month, int day, int hour, int minute) =>
        Instant.FromUtc(year, month, day, hour, minute);

    private static LocalDateTime Local(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute);

    private static OpeningStatus OpenUntil(LocalDateTime until) => new(OpeningState.OpenNow, until, null);

    private static OpeningStatus OpensAt(LocalDateTime next) => new(OpeningState.ClosedOpensLater, null, next);

    private static OpeningStatus StatusOnSundays(TimeRange hours, Instant now) =>
        new OpeningHours([new WeeklyOpening(IsoDayOfWeek.Sunday, hours)], []).StatusAt(now, Brussels);

    [Fact]
    public void The_switch_dates_are_Sundays_and_the_offsets_change_as_expected()
    {
        Assert.Equal(IsoDayOfWeek.Sunday, new LocalDate(2026, 3, 29).DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Sunday, new LocalDate(2026, 10, 25).DayOfWeek);
        Assert.Equal(Offset.FromHours(1), Brussels.GetUtcOffset(Utc(2026, 3, 29, 0, 59)));
        Assert.Equal(Offset.FromHours(2), Brussels.GetUtcOffset(Utc(2026, 3, 29, 1, 0)));
        Assert.Equal(Offset.FromHours(2), Brussels.GetUtcOffset(Utc(2026, 10, 25, 0, 59)));
        Assert.Equal(Offset.FromHours(1), Brussels.GetUtcOffset(Utc(2026, 10, 25, 1, 0)));
    }

    // --- spring forward ---

    [Fact]
    public void After_spring_forward_0730_UTC_is_0930_local_and_open_until_local_noon()
    {
        Assert.Equal(Local(2026, 3, 29, 9, 30), Utc(2026, 3, 29, 7, 30).InZone(Brussels).LocalDateTime);
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 12, 0)), StatusOnSundays(Hours(9, 0, 12, 0), Utc(2026, 3, 29, 7, 30)));
    }

    [Fact]
    public void Before_spring_forward_0730_UTC_is_0830_local_and_closed()
    {
        Assert.Equal(Local(2026, 3, 22, 8, 30), Utc(2026, 3, 22, 7, 30).InZone(Brussels).LocalDateTime);
        Assert.Equal(OpensAt(Local(2026, 3, 22, 9, 0)), StatusOnSundays(Hours(9, 0, 12, 0), Utc(2026, 3, 22, 7, 30)));
    }

    [Fact]
    public void On_the_spring_forward_Sunday_the_opening_and_closing_times_are_local()
    {
        var hours = Hours(9, 0, 12, 0);
        // 09:00 CEST is 07:00 UTC.
        Assert.Equal(OpensAt(Local(2026, 3, 29, 9, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 6, 59)));
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 12, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 7, 0)));
        // 12:00 CEST is 10:00 UTC.
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 12, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 9, 59)));
        Assert.Equal(OpensAt(Local(2026, 4, 5, 9, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 10, 0)));
    }

    [Fact]
    public void An_opening_across_the_spring_forward_gap_is_open_on_both_sides_of_it()
    {
        var hours = Hours(1, 0, 4, 0); // 01:00 CET = 00:00 UTC; 04:00 CEST = 02:00 UTC.

        // Sunday 00:30 local (Saturday 23:30 UTC): opens later tonight.
        Assert.Equal(OpensAt(Local(2026, 3, 29, 1, 0)), StatusOnSundays(hours, Utc(2026, 3, 28, 23, 30)));
        // 01:00 and 01:59 local, before the gap.
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 4, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 0, 0)));
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 4, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 0, 59)));
        // 03:00 and 03:59 local, after the gap.
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 4, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 1, 0)));
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 4, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 1, 59)));
        // 04:00 local (02:00 UTC) and 04:30 local (02:30 UTC): closed until next Sunday.
        Assert.Equal(OpensAt(Local(2026, 4, 5, 1, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 2, 0)));
        Assert.Equal(OpensAt(Local(2026, 4, 5, 1, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 2, 30)));
    }

    [Fact]
    public void An_opening_time_inside_the_spring_forward_gap_moves_forward_by_an_hour()
    {
        var hours = Hours(2, 30, 5, 0); // 02:30 does not exist on 2026-03-29: leniently 03:30 CEST = 01:30 UTC.

        // 01:30 local (00:30 UTC), before the gap.
        Assert.Equal(OpensAt(Local(2026, 3, 29, 3, 30)), StatusOnSundays(hours, Utc(2026, 3, 29, 0, 30)));
        // 03:15 local (01:15 UTC), after the gap: still closed.
        Assert.Equal(OpensAt(Local(2026, 3, 29, 3, 30)), StatusOnSundays(hours, Utc(2026, 3, 29, 1, 15)));
        // 03:30 local (01:30 UTC): open.
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 5, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 1, 30)));
        // On an ordinary Sunday 02:30 is just 02:30.
        Assert.Equal(OpensAt(Local(2026, 3, 22, 2, 30)), StatusOnSundays(hours, Utc(2026, 3, 22, 0, 30)));
    }

    [Fact]
    public void A_closing_time_inside_the_spring_forward_gap_moves_forward_by_an_hour()
    {
        var hours = Hours(1, 0, 2, 30); // 02:30 leniently becomes 03:30 CEST = 01:30 UTC.

        // 03:15 local (01:15 UTC): still open, until the shifted closing time.
        Assert.Equal(OpenUntil(Local(2026, 3, 29, 3, 30)), StatusOnSundays(hours, Utc(2026, 3, 29, 1, 15)));
        // 03:30 local (01:30 UTC): closed.
        Assert.Equal(OpensAt(Local(2026, 4, 5, 1, 0)), StatusOnSundays(hours, Utc(2026, 3, 29, 1, 30)));
    }

    // --- autumn back ---

    [Fact]
    public void After_the_autumn_switch_0730_UTC_is_0830_local_and_closed()
    {
        Assert.Equal(Local(2026, 10, 25, 8, 30), Utc(2026, 10, 25, 7, 30).InZone(Brussels).LocalDateTime);
        Assert.Equal(OpensAt(Local(2026, 10, 25, 9, 0)), StatusOnSundays(Hours(9, 0, 12, 0), Utc(2026, 10, 25, 7, 30)));
    }

    [Fact]
    public void Before_the_autumn_switch_0730_UTC_is_0930_local_and_open_until_local_noon()
    {
        Assert.Equal(Local(2026, 10, 18, 9, 30), Utc(2026, 10, 18, 7, 30).InZone(Brussels).LocalDateTime);
        Assert.Equal(OpenUntil(Local(2026, 10, 18, 12, 0)), StatusOnSundays(Hours(9, 0, 12, 0), Utc(2026, 10, 18, 7, 30)));
    }

    [Fact]
    public void On_the_autumn_Sunday_the_opening_and_closing_times_are_local()
    {
        var hours = Hours(9, 0, 12, 0);
        // 09:00 CET is 08:00 UTC; 12:00 CET is 11:00 UTC.
        Assert.Equal(OpenUntil(Local(2026, 10, 25, 12, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 8, 0)));
        Assert.Equal(OpenUntil(Local(2026, 10, 25, 12, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 10, 59)));
        Assert.Equal(OpensAt(Local(2026, 11, 1, 9, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 11, 0)));
    }

    [Fact]
    public void An_opening_across_the_repeated_autumn_hour_lasts_the_extra_hour()
    {
        var hours = Hours(1, 0, 4, 0); // 01:00 CEST = 23:00 UTC Saturday; 04:00 CET = 03:00 UTC.

        Assert.Equal(OpenUntil(Local(2026, 10, 25, 4, 0)), StatusOnSundays(hours, Utc(2026, 10, 24, 23, 0)));
        // 02:30 local the second time (01:30 UTC) is still inside the opening.
        Assert.Equal(OpenUntil(Local(2026, 10, 25, 4, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 1, 30)));
        Assert.Equal(OpenUntil(Local(2026, 10, 25, 4, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 2, 59)));
        Assert.Equal(OpensAt(Local(2026, 11, 1, 1, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 3, 0)));
    }

    [Fact]
    public void An_ambiguous_autumn_closing_time_takes_its_first_occurrence()
    {
        var hours = Hours(1, 0, 2, 30); // 02:30 happens twice; the first is 02:30 CEST = 00:30 UTC.

        // 02:15 local the first time (00:15 UTC): open.
        Assert.Equal(OpenUntil(Local(2026, 10, 25, 2, 30)), StatusOnSundays(hours, Utc(2026, 10, 25, 0, 15)));
        // 02:15 local the second time (01:15 UTC): already closed.
        Assert.Equal(OpensAt(Local(2026, 11, 1, 1, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 1, 15)));
    }

    [Fact]
    public void An_ambiguous_autumn_opening_time_takes_its_first_occurrence()
    {
        var hours = Hours(2, 30, 4, 0); // Opens at the first 02:30, 02:30 CEST = 00:30 UTC.

        // 02:15 local the first time (00:15 UTC): opens in a quarter of an hour.
        Assert.Equal(OpensAt(Local(2026, 10, 25, 2, 30)), StatusOnSundays(hours, Utc(2026, 10, 25, 0, 15)));
        // 02:15 local the second time (01:15 UTC): already open.
        Assert.Equal(OpenUntil(Local(2026, 10, 25, 4, 0)), StatusOnSundays(hours, Utc(2026, 10, 25, 1, 15)));
    }
}
