using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// <c>/foto/{id}/{size}</c>: a photo only when what it belongs to is visible to the reader — a point's
/// photo (points are public), the municipality's logo, news from its publication on, a project's news
/// once the project is on the showcase (each feature that uses photos says so: <see cref="IPhotoUse"/>). Before that, only those who make it see it: the area's tenders
/// its scheduled news, the project and its reviewers its news; such an answer is never cached by others.
/// Ids run in sequence, so unknown, of another municipality and not yet visible all answer the same 404.
/// </summary>
public static class PhotoEndpoint
{
    public static void MapPhotos(this WebApplication app) =>
        app.MapGet("/foto/{id:int}/{size}", async (int id, string size, HttpContext http, AppDbContext db, PhotoStore store, MunicipalClock clock,
            CancellationToken cancellationToken) =>
        {
            var photo = await db.Photos.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.MunicipalityId, p.StorageKey, p.PointId }).SingleOrDefaultAsync(cancellationToken);
            var path = photo is null ? null : store.PathOf(photo.MunicipalityId, photo.StorageKey, size);
            var seen = path is null ? PhotoSeen.ByNobody
                : photo!.PointId is not null ? PhotoSeen.ByEveryone
                : await SeenAsync(id, http, db, clock.UtcNow, cancellationToken);
            if (seen == PhotoSeen.ByNobody) return Results.NotFound();
            if (seen == PhotoSeen.ByThisPerson) http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(path!, "image/jpeg", enableRangeProcessing: false, lastModified: null,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{photo!.StorageKey}-{size}\""));
        });

    private static async Task<PhotoSeen> SeenAsync(int id, HttpContext http, AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Municipalities.AnyAsync(m => m.LogoPhotoId == id, cancellationToken)) return PhotoSeen.ByEveryone;
        var seen = PhotoSeen.ByNobody;
        foreach (var use in http.RequestServices.GetServices<IPhotoUse>())
        {
            var byThisUse = await use.SeenAsync(id, http, now, cancellationToken);
            if (byThisUse == PhotoSeen.ByEveryone) return byThisUse;
            if (byThisUse > seen) seen = byThisUse;
        }
        return seen;
    }
}
