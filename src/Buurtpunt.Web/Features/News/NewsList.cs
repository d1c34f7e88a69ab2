using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News;

/// <summary>The published news of an area or a point: pinned first, then newest, in one query.</summary>
public sealed class NewsList(AppDbContext db, MunicipalClock clock)
{
    public const int PageSize = 20;

    public sealed record Row(int Id, string Title, string Body, DateTime PublishedUtc, bool Pinned, int? PhotoId, string? PhotoAlt, string? PointName);

    /// <summary>An area's news includes that of its points; a point's includes its area's.</summary>
    public Task<List<Row>> ForAsync(int areaId, int? pointId, int page, int size, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var query = db.NewsItems.AsNoTracking().Where(NewsItem.PublishedBy(now)).Where(n => n.AreaId == areaId);
        if (pointId is not null) query = query.Where(n => n.PointId == null || n.PointId == pointId);
        return query.OrderByDescending(n => n.Pinned).ThenByDescending(n => n.PublishedUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(n => new Row(n.Id, n.Title, n.Body, n.PublishedUtc, n.Pinned, n.PhotoId,
                db.Photos.Where(p => p.Id == n.PhotoId).Select(p => p.AltText).FirstOrDefault(),
                db.Points.Where(p => p.Id == n.PointId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
