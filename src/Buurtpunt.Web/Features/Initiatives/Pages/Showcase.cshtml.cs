using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// The showcase: projects neighbours realised with the city's support, per area and on a map (one
/// marker per area, at its point). Public: a title, the area, the track and the project's own news —
/// never who applied.
/// </summary>
public class ShowcaseModel(AppDbContext db, IConfiguration configuration) : PageModel
{
    public sealed record Project(int Id, string Title, TrackKind Track, ApplicationStatus Status, DateOnly? StartedOn, int? AreaId, int? PhotoId, string? PhotoAlt);

    public sealed record Group(int? AreaId, string? AreaName, List<Project> Projects);

    public List<Group> Groups { get; private set; } = [];
    public MapView? Map { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The latest news photo, if any, as one joined row per project (not a subquery per column).
        var projects = (await db.Applications.AsNoTracking().Where(a => ApplicationFlow.Realised.Contains(a.Status))
            .OrderByDescending(a => a.StartedOn).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Title, a.Track!.Kind, a.Status, a.StartedOn, a.AreaId,
                Photo = db.ProgressUpdates.Where(u => u.ApplicationId == a.Id && u.PhotoId != null).OrderByDescending(u => u.PostedUtc)
                    .Select(u => new { u.PhotoId, u.Photo!.AltText }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken))
            .Select(a => new Project(a.Id, a.Title, a.Kind, a.Status, a.StartedOn, a.AreaId, a.Photo?.PhotoId, a.Photo?.AltText))
            .ToList();
        var areaIds = projects.Where(p => p.AreaId is not null).Select(p => p.AreaId!.Value).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.SortOrder)
            .Select(a => new
            {
                a.Id, a.Name,
                Place = db.Points.Where(p => p.AreaId == a.Id).OrderBy(p => p.Id).Select(p => new { p.Latitude, p.Longitude }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Groups = [.. areas.Select(a => new Group(a.Id, a.Name, projects.Where(p => p.AreaId == a.Id).ToList()))];
        if (projects.Any(p => p.AreaId is null)) Groups.Add(new Group(null, null, projects.Where(p => p.AreaId is null).ToList()));
        var placed = areas.Where(a => a.Place is not null).ToList();
        if (placed.Count > 0)
            Map = MapView.Create(configuration, placed.Average(a => a.Place!.Latitude), placed.Average(a => a.Place!.Longitude), 12,
                placed.Select(a => new MapMarker($"{a.Name} ({projects.Count(p => p.AreaId == a.Id)})", $"/realisaties#gebied-{a.Id}", a.Place!.Latitude, a.Place.Longitude)));
    }
}
