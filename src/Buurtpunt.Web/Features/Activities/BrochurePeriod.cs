namespace Buurtpunt.Web.Features.Activities;

/// <summary>The period a printed brochure covers: at most about a quarter, or it gets too thick to hand out.</summary>
public static class BrochurePeriod
{
    public const int MaxDays = 92;

    public static bool Fits(DateOnly from, DateOnly until) => until >= from && until.DayNumber - from.DayNumber <= MaxDays;
}
