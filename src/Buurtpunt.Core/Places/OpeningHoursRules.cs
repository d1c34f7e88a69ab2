using NodaTime;

namespace Buurtpunt.Core.Places;

public enum OpeningProblem { EndsBeforeStart, Overlaps, DateInPast, ClosedDayHasHours }

/// <summary>Checks a proposed opening slot against the ones a point already has.</summary>
public static class OpeningHoursRules
{
    public static OpeningProblem? CheckWeekly(WeeklyOpening proposed, IEnumerable<WeeklyOpening> existing)
    {
        if (!proposed.Hours.IsValid) return OpeningProblem.EndsBeforeStart;
        return existing.Any(e => e.Day == proposed.Day && e.Hours.Overlaps(proposed.Hours))
            ? OpeningProblem.Overlaps
            : null;
    }

    public static OpeningProblem? CheckException(OpeningException proposed, IEnumerable<OpeningException> existing, LocalDate today)
    {
        if (proposed.Date < today) return OpeningProblem.DateInPast;
        if (proposed.Hours is { IsValid: false }) return OpeningProblem.EndsBeforeStart;
        var sameDay = existing.Where(e => e.Date == proposed.Date).ToList();
        if (proposed.Closed ? sameDay.Count > 0 : sameDay.Any(e => e.Closed))
            return OpeningProblem.ClosedDayHasHours;
        if (!proposed.Closed && proposed.Hours is { } hours && sameDay.Any(e => e.Hours is { } h && h.Overlaps(hours)))
            return OpeningProblem.Overlaps;
        return null;
    }
}
