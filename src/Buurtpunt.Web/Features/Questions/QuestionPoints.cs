using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>A point that has the questions module switched on; any other slug is not found here.</summary>
public sealed record QuestionPoint(int Id, string Name, string Slug, int AreaId)
{
    public static Task<QuestionPoint?> FindAsync(AppDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Points.AsNoTracking().Where(p => p.Slug == slug && (p.Modules & PointModules.Questions) != 0)
            .Select(p => new QuestionPoint(p.Id, p.Name, p.Slug, p.AreaId)).SingleOrDefaultAsync(cancellationToken);
}
