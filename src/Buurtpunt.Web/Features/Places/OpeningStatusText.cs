using System.Globalization;
using Buurtpunt.Core.Places;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.Places;

/// <summary>Says an opening status the way a person would: "open now until 12:00", "opens tomorrow at 9:00".</summary>
public sealed class OpeningStatusText(IStringLocalizer<SharedResource> l)
{
    /// <summary>A planned point has no opening yet, whatever hours are already entered.</summary>
    public string Describe(PointPhase phase, OpeningStatus status, LocalDate today)
    {
        var culture = CultureInfo.CurrentCulture;
        if (phase == PointPhase.Planned) return l["Opening.NotYetOpen"];
        return status.State switch
        {
            OpeningState.OpenNow => l["Opening.OpenUntil", Time(status.Until!.Value.TimeOfDay, culture)],
            OpeningState.ClosedOpensLater => l["Opening.ClosedOpens", When(status.Next!.Value, today, culture)],
            _ => l["Opening.NoUpcoming"],
        };
    }

    public bool IsOpen(PointPhase phase, OpeningStatus status) => phase != PointPhase.Planned && status.State == OpeningState.OpenNow;

    /// <summary>"dinsdag" → "Dinsdag" at the start of a line; month names stay lower case as Dutch writes them.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];

    private string When(LocalDateTime next, LocalDate today, CultureInfo culture)
    {
        var days = Period.Between(today, next.Date, PeriodUnits.Days).Days;
        var time = Time(next.TimeOfDay, culture);
        return days switch
        {
            0 => l["Opening.TodayAt", time],
            1 => l["Opening.TomorrowAt", time],
            < 7 => l["Opening.WeekdayAt", culture.DateTimeFormat.GetDayName(next.Date.ToDateOnly().DayOfWeek), time],
            _ => l["Opening.DateAt", next.Date.ToDateOnly().ToString("d MMMM", culture), time],
        };
    }

    /// <summary>"9:00–12:00" in the reader's culture.</summary>
    public static string Range(TimeOnly from, TimeOnly until) =>
        $"{from.ToString("H:mm", CultureInfo.CurrentCulture)}–{until.ToString("H:mm", CultureInfo.CurrentCulture)}";

    public static string Time(LocalTime time, CultureInfo culture) => time.ToTimeOnly().ToString("H:mm", culture);
}
