using Buurtpunt.Core.Activities;
using NodaTime;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>Brings an activity's dates in line with its series after it was made or changed.</summary>
public static class Schedule
{
    /// <summary>
    /// Adds the dates the series now has, re-times and re-sizes the future ones that were not moved
    /// by hand, and removes dates the series lost — unless someone registered for them: those are
    /// cancelled instead and returned, so the people can be told. Past dates stay as they were.
    /// </summary>
    public static List<Occurrence> Apply(Activity activity, DateTime nowUtc, IReadOnlySet<int> withRegistrations, string lostReason)
    {
        var dates = activity.Recurrence.Dates();
        var existing = activity.Occurrences.ToDictionary(o => o.Date);
        foreach (var date in dates)
        {
            var (start, end) = activity.TimesOn(date);
            if (!existing.TryGetValue(date.ToDateOnly(), out var occurrence))
            {
                activity.Occurrences.Add(new Occurrence { MunicipalityId = activity.MunicipalityId, Date = date.ToDateOnly(), StartUtc = start, EndUtc = end, Capacity = activity.Capacity });
                continue;
            }
            if (occurrence.StartUtc < nowUtc) continue;
            if (!occurrence.Moved) (occurrence.StartUtc, occurrence.EndUtc) = (start, end);
            occurrence.Capacity = activity.Capacity;
        }
        var wanted = dates.Select(d => d.ToDateOnly()).ToHashSet();
        var cancelled = new List<Occurrence>();
        foreach (var occurrence in activity.Occurrences.Where(o => !wanted.Contains(o.Date) && o.StartUtc >= nowUtc).ToList())
        {
            if (!withRegistrations.Contains(occurrence.Id))
                activity.Occurrences.Remove(occurrence);
            else if (occurrence.Cancel(nowUtc, lostReason).IsDone)
                cancelled.Add(occurrence);
        }
        return cancelled;
    }

    /// <summary>The first future date whose places taken exceed a new capacity, if any.</summary>
    public static Occurrence? TooFullFor(Activity activity, int? capacity, DateTime nowUtc) =>
        capacity is null ? null : activity.Occurrences.Where(o => o.StartUtc >= nowUtc && o.Taken > capacity).OrderBy(o => o.StartUtc).FirstOrDefault();
}
