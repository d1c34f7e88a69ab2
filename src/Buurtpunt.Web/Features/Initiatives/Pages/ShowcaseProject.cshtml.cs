using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>A realised project on the showcase: what it is, where, the city's support and its news. Not yet running, or unknown: not found.</summary>
public class ShowcaseProjectModel(AppDbContext db) : PageModel
{
    public sealed record Update(string Text, int? PhotoId, string? PhotoAlt, DateTime PostedUtc);

    public Application Project { get; private set; } = null!;
    public string? AreaName { get; private set; }
    public string? AreaSlug { get; private set; }
    public List<Update> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var project = await db.Applications.AsNoTracking().Include(a => a.Track).Include(a => a.Call)
            .SingleOrDefaultAsync(a => a.Id == id && ApplicationFlow.Realised.Contains(a.Status), cancellationToken);
        if (project is null) return NotFound();
        Project = project;
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == project.AreaId).Select(a => new { a.Name, a.Slug }).SingleOrDefaultAsync(cancellationToken);
        (AreaName, AreaSlug) = (area?.Name, area?.Slug);
        Updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.ApplicationId == id).OrderByDescending(u => u.PostedUtc)
            .Select(u => new Update(u.Text, u.PhotoId, u.Photo!.AltText, u.PostedUtc)).ToListAsync(cancellationToken);
        return Page();
    }
}
