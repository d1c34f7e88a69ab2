using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>The photos of one application in the order they were added; who may see them is the caller's check.</summary>
public static class ApplicationPhotos
{
    public static Task<List<ApplicationPhoto>> ListAsync(AppDbContext db, int applicationId, CancellationToken cancellationToken) =>
        db.ApplicationPhotos.AsNoTracking().Where(p => p.ApplicationId == applicationId).OrderBy(p => p.UploadedUtc).ThenBy(p => p.Id).ToListAsync(cancellationToken);
}
