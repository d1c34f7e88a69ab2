using NodaTime;

namespace Buurtpunt.Core.Places;

public sealed record WeeklyOpening(IsoDayOfWeek Day, TimeRange Hours);

/// <summary>
/// A date that differs from the weekly schedule: closed all day (no hours),
/// or open only during the given hours (which covers changed hours and extra openings).
/// </summary>
public sealed record OpeningException(LocalDate Date, bool Closed, TimeRange? Hours);

public enum OpeningState { OpenNow, ClosedOpensLater, NoUpcomingOpening }

/// <param name="Until">While open: when this opening ends (local time).</param>
/// <param name="Next">While closed: when the point opens next (local time).</param>
public sealed record OpeningStatus(OpeningState State, LocalDateTime? Until, LocalDateTime? Next);

/// <summary>
/// The opening hours of a point: a weekly schedule plus dated exceptions, evaluated in the
/// municipality's time zone. Wall-clock times are what people read on the door, so the same
/// "09:00" is a different instant in summer and winter; NodaTime resolves the DST gaps.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>How far ahead "next open" looks; a point closed longer than this shows no date.</summary>
    public const int LookAheadDays = 120;

    private readonly ILookup<IsoDayOfWeek, TimeRange> _weekly;
    private readonly ILookup<LocalDate, OpeningException> _exceptions;

    public OpeningHours(IEnumerable<WeeklyOpening> weekly, IEnumerable<OpeningException> exceptions)
    {
        _weekly = weekly.ToLookup(w => w.Day, w => w.Hours);
        _exceptions = exceptions.ToLookup(e => e.Date);
    }

    /// <summary>The hours a point is open on a date, exceptions applied, in order.</summary>
    public IReadOnlyList<TimeRange> HoursOn(LocalDate date)
    {
        var exceptions = _exceptions[date].ToList();
        if (exceptions.Count == 0)
            return _weekly[date.DayOfWeek].OrderBy(h => h.Opens).ToList();
        if (exceptions.Any(e => e.Closed))
            return [];
        return exceptions.Where(e => e.Hours is not null).Select(e => e.Hours!.Value).OrderBy(h => h.Opens).ToList();
    }

    public OpeningStatus StatusAt(Instant now, DateTimeZone zone)
    {
        var localNow = now.InZone(zone).LocalDateTime;
        var today = localNow.Date;
        for (var offset = 0; offset <= LookAheadDays; offset++)
        {
            var date = today.PlusDays(offset);
            var slots = HoursOn(date);
            foreach (var hours in slots)
            {
                var opens = ToInstant(date, hours.Opens, zone);
                var closes = ToInstant(date, hours.Closes, zone);
                if (closes <= now) continue;
                if (opens <= now)
                {
                    var until = ToInstant(date, EndOfOpening(slots, hours), zone);
                    return new OpeningStatus(OpeningState.OpenNow, until.InZone(zone).LocalDateTime, null);
                }
                return new OpeningStatus(OpeningState.ClosedOpensLater, null, opens.InZone(zone).LocalDateTime);
            }
        }
        return new OpeningStatus(OpeningState.NoUpcomingOpening, null, null);
    }

    // Slots that touch (09:00–12:00, 12:00–14:00) are one opening: the point does not close in between.
    private static LocalTime EndOfOpening(IReadOnlyList<TimeRange> slotsByOpens, TimeRange current)
    {
        var end = current.Closes;
        foreach (var slot in slotsByOpens)
            if (slot.Opens <= end && slot.Closes > end) end = slot.Closes;
        return end;
    }

    // Lenient: a time inside the spring-forward gap moves forward, an ambiguous autumn time
    // takes its first occurrence; both are what a person at the door would expect.
    private static Instant ToInstant(LocalDate date, LocalTime time, DateTimeZone zone) =>
        zone.AtLeniently(date.At(time)).ToInstant();
}
