using Buurtpunt.Core.Places;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Buurtpunt.Web.Features.Places;

/// <summary>Loads the opening hours of many points in two queries, whatever their number.</summary>
public sealed class OpeningHoursLoader(AppDbContext db, MunicipalClock clock)
{
    public sealed record Rows(List<WeeklyOpeningSlot> Weekly, List<OpeningExceptionDay> Exceptions);

    /// <summary>
    /// The weekly slots and the exceptions that can still matter (today up to the look-ahead)
    /// of the points the query selects; the point query runs inside the database as a subquery.
    /// </summary>
    public async Task<Rows> LoadRowsAsync(IQueryable<int> pointIds, CancellationToken cancellationToken)
    {
        var weekly = await db.WeeklyOpenings.AsNoTracking()
            .Where(w => pointIds.Contains(w.PointId))
            .Select(w => new WeeklyOpeningSlot { Id = w.Id, PointId = w.PointId, Day = w.Day, Opens = w.Opens, Closes = w.Closes })
            .ToListAsync(cancellationToken);
        var from = clock.Today.ToDateOnly();
        var until = clock.Today.PlusDays(OpeningHours.LookAheadDays + 1).ToDateOnly();
        var exceptions = await db.OpeningExceptions.AsNoTracking()
            .Where(e => pointIds.Contains(e.PointId) && e.Date >= from && e.Date <= until)
            .OrderBy(e => e.Date)
            .Select(e => new OpeningExceptionDay { Id = e.Id, PointId = e.PointId, Date = e.Date, Closed = e.Closed, Opens = e.Opens, Closes = e.Closes, Reason = e.Reason })
            .ToListAsync(cancellationToken);
        return new Rows(weekly.OrderBy(w => w.Opens).ToList(), exceptions.OrderBy(e => e.Date).ThenBy(e => e.Opens).ToList());
    }

    public async Task<IReadOnlyDictionary<int, OpeningHours>> LoadAsync(IQueryable<int> pointIds, IEnumerable<int> wanted, CancellationToken cancellationToken)
    {
        var rows = await LoadRowsAsync(pointIds, cancellationToken);
        var weeklyByPoint = rows.Weekly.ToLookup(w => w.PointId);
        var exceptionsByPoint = rows.Exceptions.ToLookup(e => e.PointId);
        return wanted.ToDictionary(id => id, id => Build(weeklyByPoint[id], exceptionsByPoint[id]));
    }

    public static OpeningHours Build(IEnumerable<WeeklyOpeningSlot> weekly, IEnumerable<OpeningExceptionDay> exceptions) =>
        new(weekly.Select(w => w.ToRule()), exceptions.Select(e => e.ToRule()));
}

public static class NodaConversions
{
    public static LocalTime ToLocalTime(this TimeOnly time) => LocalTime.FromTimeOnly(time);

    public static IsoDayOfWeek ToIsoDayOfWeek(this DayOfWeek day) => day == DayOfWeek.Sunday ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(int)day;
}
