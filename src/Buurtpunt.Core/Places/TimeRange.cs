using NodaTime;

namespace Buurtpunt.Core.Places;

/// <summary>A span of wall-clock time within one day, e.g. 09:00–12:00.</summary>
public readonly record struct TimeRange(LocalTime Opens, LocalTime Closes)
{
    public bool IsValid => Closes > Opens;

    public bool Overlaps(TimeRange other) => Opens < other.Closes && other.Opens < Closes;
}
