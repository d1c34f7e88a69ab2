using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>A project news photo is public once the project is on the showcase; before it, the project and its reviewers see it.</summary>
public sealed class ProjectPhotos(AppDbContext db, IAuthorizationService authorization) : IPhotoUse
{
    public async Task<PhotoSeen> SeenAsync(int photoId, HttpContext http, DateTime utcNow, CancellationToken cancellationToken)
    {
        var projectIds = await db.ProgressUpdates.Where(u => u.PhotoId == photoId).Select(u => u.ApplicationId).ToListAsync(cancellationToken);
        if (projectIds.Count == 0) return PhotoSeen.ByNobody;
        if (await db.Applications.AnyAsync(a => projectIds.Contains(a.Id) && ApplicationFlow.Realised.Contains(a.Status), cancellationToken)) return PhotoSeen.ByEveryone;
        if (http.User.Identity?.IsAuthenticated != true) return PhotoSeen.ByNobody;
        foreach (var application in await db.Applications.AsNoTracking().Where(a => projectIds.Contains(a.Id)).ToListAsync(cancellationToken))
            if (await authorization.MayAsync(http.User, application, ApplicationOperations.Read)) return PhotoSeen.ByThisPerson;
        return PhotoSeen.ByNobody;
    }
}
