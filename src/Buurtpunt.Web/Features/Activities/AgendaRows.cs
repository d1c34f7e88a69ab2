using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>Filters of an agenda, as the address carries them.</summary>
public sealed record AgendaFilter(int? AreaId, int? PointId, ActivityKind? Kind, Audience? Audience, bool Free, bool Wheelchair, bool LowThreshold);

/// <summary>The dates of activities in a period, with what an agenda shows of each, in one query.</summary>
public sealed class AgendaRows(AppDbContext db)
{
    public sealed record Row(int Id, int ActivityId, string Title, ActivityKind Kind, Audience Audience, DateTime StartUtc, DateTime EndUtc,
        bool Cancelled, string Place, string Area, int PriceCents, bool Wheelchair, bool LowThreshold, bool TakesRegistrations, int? PlacesLeft);

    public IQueryable<Occurrence> Query(AgendaFilter filter)
    {
        var query = db.Occurrences.AsNoTracking();
        if (filter.AreaId is { } area) query = query.Where(o => o.Activity!.AreaId == area);
        if (filter.PointId is { } point) query = query.Where(o => o.Activity!.PointId == point);
        if (filter.Kind is { } kind) query = query.Where(o => o.Activity!.Kind == kind);
        if (filter.Audience is { } audience) query = query.Where(o => o.Activity!.Audience == audience || o.Activity!.Audience == Audience.Everyone);
        if (filter.Free) query = query.Where(o => o.Activity!.PriceCents == 0);
        if (filter.Wheelchair) query = query.Where(o => o.Activity!.WheelchairAccessible);
        if (filter.LowThreshold) query = query.Where(o => o.Activity!.LowThreshold);
        return query;
    }

    public Task<List<Row>> LoadAsync(IQueryable<Occurrence> occurrences, CancellationToken cancellationToken) =>
        occurrences.OrderBy(o => o.StartUtc).ThenBy(o => o.Id)
            .Select(o => new Row(o.Id, o.ActivityId, o.Activity!.Title, o.Activity.Kind, o.Activity.Audience, o.StartUtc, o.EndUtc, o.CancelledUtc != null,
                db.Points.Where(p => p.Id == o.Activity.PointId).Select(p => p.Name).FirstOrDefault() ?? o.Activity.Place ?? "",
                db.Areas.Where(a => a.Id == o.Activity.AreaId).Select(a => a.Name).First(),
                o.Activity.PriceCents, o.Activity.WheelchairAccessible, o.Activity.LowThreshold, o.Activity.TakesRegistrations,
                o.Capacity == null ? null : o.Capacity - o.Taken))
            .ToListAsync(cancellationToken);
}
