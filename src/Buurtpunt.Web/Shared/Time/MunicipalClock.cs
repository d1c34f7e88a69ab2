using NodaTime;

namespace Buurtpunt.Web.Shared.Time;

/// <summary>
/// "Now" for the app. Times are stored in UTC and shown in Belgian time; NodaTime carries its
/// own time-zone database, so summer time is right even on a machine without tzdata.
/// </summary>
public sealed class MunicipalClock(TimeProvider time)
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    public Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public LocalDateTime LocalNow => Now.InZone(Zone).LocalDateTime;

    public LocalDate Today => LocalNow.Date;

    /// <summary>A stored UTC time as Belgian wall-clock time, for showing.</summary>
    public static LocalDateTime Local(DateTime utc) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone).LocalDateTime;
}
