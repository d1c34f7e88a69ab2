using NodaTime;
using NodaTime.TimeZones;

namespace Buurtpunt.Core.Activities;

public enum Frequency { Once, Weekly, Monthly }

public enum RecurrenceProblem { None, NoDates, TooManyDates, UntilBeforeFirst, UntilMissing, BadInterval, BadWeekOfMonth, TooFarAhead }

/// <summary>
/// When a series happens: once; every week or every other week on the first date's weekday; or
/// monthly on "the first/second/third/fourth/last &lt;weekday&gt;" of the first date's weekday.
/// A series ends on <see cref="Until"/> and yields at most <see cref="MaxDates"/> dates within
/// <see cref="MaxYears"/> years: enough for a weekly coffee morning, never 10,000 rows.
/// </summary>
public sealed record Recurrence(Frequency Frequency, LocalDate First, int Interval = 1, int? WeekOfMonth = null, LocalDate? Until = null)
{
    public const int MaxDates = 120;
    public const int MaxYears = 2;

    public RecurrenceProblem Check()
    {
        if (Frequency == Frequency.Once) return RecurrenceProblem.None;
        if (Until is null) return RecurrenceProblem.UntilMissing;
        if (Until < First) return RecurrenceProblem.UntilBeforeFirst;
        if (Until > First.PlusYears(MaxYears)) return RecurrenceProblem.TooFarAhead;
        if (Interval is < 1 or > 4) return RecurrenceProblem.BadInterval;
        if (Frequency == Frequency.Monthly && WeekOfMonth is not (>= 1 and <= 4 or -1)) return RecurrenceProblem.BadWeekOfMonth;
        var count = Enumerate().Take(MaxDates + 1).Count();
        return count == 0 ? RecurrenceProblem.NoDates : count > MaxDates ? RecurrenceProblem.TooManyDates : RecurrenceProblem.None;
    }

    /// <summary>The dates of the series, in order. Only call after <see cref="Check"/> said None.</summary>
    public IReadOnlyList<LocalDate> Dates()
    {
        if (Check() is var problem && problem != RecurrenceProblem.None)
            throw new InvalidOperationException($"The recurrence is not valid: {problem}.");
        return Enumerate().ToList();
    }

    private IEnumerable<LocalDate> Enumerate()
    {
        if (Frequency == Frequency.Once)
        {
            yield return First;
            yield break;
        }
        var until = Until!.Value;
        if (Frequency == Frequency.Weekly)
        {
            for (var date = First; date <= until; date = date.PlusWeeks(Interval))
                yield return date;
            yield break;
        }
        var month = new LocalDate(First.Year, First.Month, 1);
        while (month <= until)
        {
            var date = NthWeekday(month, First.DayOfWeek, WeekOfMonth!.Value);
            if (date >= First && date <= until) yield return date;
            month = month.PlusMonths(Interval);
        }
    }

    /// <summary>The nth (1–4) or last (-1) given weekday of the month that <paramref name="month"/> starts.</summary>
    public static LocalDate NthWeekday(LocalDate month, IsoDayOfWeek day, int nth)
    {
        if (nth == -1)
        {
            var last = month.PlusMonths(1).PlusDays(-1);
            return last.DayOfWeek == day ? last : last.Previous(day);
        }
        var first = month.DayOfWeek == day ? month : month.Next(day);
        return first.PlusWeeks(nth - 1);
    }
}

/// <summary>Wall-clock times of the municipality to instants, and back (Europe/Brussels, NodaTime's own tz data).</summary>
public static class MunicipalTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    /// <summary>
    /// An activity at 2:30 on the night clocks go forward starts at 3:30 (the gap is skipped);
    /// on the night they go back, the first 2:30 counts.
    /// </summary>
    public static DateTime ToUtc(LocalDate date, LocalTime time) =>
        (date + time).InZone(Zone, Resolvers.LenientResolver).ToDateTimeUtc();

    public static LocalDateTime ToLocal(DateTime utc) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone).LocalDateTime;
}
