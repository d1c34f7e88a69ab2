namespace Buurtpunt.Core.Initiatives;

/// <summary>How long a step took over many applications: how many were measured, the median and the longest, in days.</summary>
public sealed record LeadTimeSummary(int Count, decimal? Median, int? Max);

/// <summary>
/// Lead times in calendar days, as the council counts them: submitted on a Monday and decided on
/// the Wednesday is 2 days, whatever the hour. The median, not the mean, so one file that waited
/// for months does not hide how long most residents wait.
/// </summary>
public static class LeadTimes
{
    public static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    public static LeadTimeSummary Summarise(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        if (sorted.Count == 0) return new LeadTimeSummary(0, null, null);
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
        return new LeadTimeSummary(sorted.Count, median, sorted[^1]);
    }
}
