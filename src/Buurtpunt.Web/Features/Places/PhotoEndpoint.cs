using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// <c>/foto/{id}/{size}</c>: a photo only when what it belongs to is visible to the reader — a point's
/// photo (points are public), the municipality's logo, news from its publication on, a project's news
/// once the project is on the showcase. Before that, only those who make it see it: the area's tenders
/// its scheduled news, the project and its reviewers its news; such an answer is never cached by others.
/// Ids run in sequence, so unknown, of another municipality and not yet visible all answer the same 404.
/// </summary>
public static class PhotoEndpoint
{
    private enum Seen { ByNobody, ByThisPerson, ByEveryone }

    public static void MapPhotos(this WebApplication app) =>
        app.MapGet("/foto/{id:int}/{size}", async (int id, string size, HttpContext http, AppDbContext db, PhotoStore store, MunicipalClock clock,
            CancellationToken cancellationToken) =>
        {
            var photo = await db.Photos.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.MunicipalityId, p.StorageKey, p.PointId }).SingleOrDefaultAsync(cancellationToken);
            var path = photo is null ? null : store.PathOf(photo.MunicipalityId, photo.StorageKey, size);
            var seen = path is null ? Seen.ByNobody
                : photo!.PointId is not null ? Seen.ByEveryone
                : await SeenAsync(id, http, db, clock.UtcNow, cancellationToken);
            if (seen == Seen.ByNobody) return Results.NotFound();
            if (seen == Seen.ByThisPerson) http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(path!, "image/jpeg", enableRangeProcessing: false, lastModified: null,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{photo!.StorageKey}-{size}\""));
        });

    private static async Task<Seen> SeenAsync(int id, HttpContext http, AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Municipalities.AnyAsync(m => m.LogoPhotoId == id, cancellationToken)
            || await db.NewsItems.Where(n => n.PhotoId == id).Where(NewsItem.PublishedBy(now)).AnyAsync(cancellationToken))
            return Seen.ByEveryone;
        var projectIds = await db.ProgressUpdates.Where(u => u.PhotoId == id).Select(u => u.ApplicationId).ToListAsync(cancellationToken);
        if (projectIds.Count > 0 && await db.Applications.AnyAsync(a => projectIds.Contains(a.Id) && ApplicationFlow.Realised.Contains(a.Status), cancellationToken))
            return Seen.ByEveryone;
        if (http.User.Identity?.IsAuthenticated != true) return Seen.ByNobody;

        // Not public yet: the staff editor shows scheduled news with its photo, the project page its own news.
        // Staff powers exist only in a two-step session (StaffSession), so these previews follow it too.
        var newsAreas = await db.NewsItems.Where(n => n.PhotoId == id).Select(n => n.AreaId).ToListAsync(cancellationToken);
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        foreach (var areaId in newsAreas)
            if (await authorization.MayTendAsync(http.User, areaId))
                return Seen.ByThisPerson;
        foreach (var application in await db.Applications.AsNoTracking().Where(a => projectIds.Contains(a.Id)).ToListAsync(cancellationToken))
            if (await Downloads.MayReadAsync(application, http, cityOnly: false, cancellationToken)) return Seen.ByThisPerson;
        return Seen.ByNobody;
    }
}
