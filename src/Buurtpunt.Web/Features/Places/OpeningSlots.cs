using Buurtpunt.Core.Places;
using Buurtpunt.Web.Shared.Tenancy;
using NodaTime;

namespace Buurtpunt.Web.Features.Places;

/// <summary>One opening of the weekly schedule, e.g. Tuesday 09:00–12:00.</summary>
public class WeeklyOpeningSlot : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int PointId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }

    /// <summary>The row as the opening-hours rules in Core see it.</summary>
    public WeeklyOpening ToRule() => new(Day.ToIsoDayOfWeek(), new TimeRange(Opens.ToLocalTime(), Closes.ToLocalTime()));
}

/// <summary>A date that differs from the weekly schedule: closed, or open at other hours.</summary>
public class OpeningExceptionDay : ITenantOwned
{
    public const int ReasonMaxLength = 200;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int PointId { get; set; }
    public DateOnly Date { get; set; }
    public bool Closed { get; set; }
    public TimeOnly? Opens { get; set; }
    public TimeOnly? Closes { get; set; }
    public string? Reason { get; set; }

    public OpeningException ToRule() => new(LocalDate.FromDateOnly(Date), Closed,
        !Closed && Opens is { } opens && Closes is { } closes ? new TimeRange(opens.ToLocalTime(), closes.ToLocalTime()) : null);
}

/// <summary>Who is at the point when, e.g. the community worker on Tuesday morning.</summary>
public class Presence : ITenantOwned
{
    public const int WhoMaxLength = 120;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int PointId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly Until { get; set; }
    public required string Who { get; set; }
}
