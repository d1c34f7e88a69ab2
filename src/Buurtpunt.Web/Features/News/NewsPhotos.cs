using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News;

/// <summary>A news photo is public from the item's publication; before it, the area's tenders see it in the editor.</summary>
public sealed class NewsPhotos(AppDbContext db, IAuthorizationService authorization) : IPhotoUse
{
    public async Task<PhotoSeen> SeenAsync(int photoId, HttpContext http, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (await db.NewsItems.Where(n => n.PhotoId == photoId).Where(NewsItem.PublishedBy(utcNow)).AnyAsync(cancellationToken)) return PhotoSeen.ByEveryone;
        if (http.User.Identity?.IsAuthenticated != true) return PhotoSeen.ByNobody;
        // Staff powers exist only in a two-step session (StaffSession), so this preview follows it too.
        foreach (var areaId in await db.NewsItems.Where(n => n.PhotoId == photoId).Select(n => n.AreaId).ToListAsync(cancellationToken))
            if (await authorization.MayTendAsync(http.User, areaId))
                return PhotoSeen.ByThisPerson;
        return PhotoSeen.ByNobody;
    }
}
