using Buurtpunt.Core.Places;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Pages;

[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public class PointModel(AppDbContext db, OpeningHoursLoader hoursLoader, OpeningStatusText text, MunicipalClock clock, IConfiguration configuration) : PageModel
{
    /// <summary>How far ahead the page lists closures and extra openings.</summary>
    private const int ExceptionsShownDays = 60;

    public PointDetails Point { get; private set; } = null!;
    public string Status { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public List<(DayOfWeek Day, List<TimeRange> Hours)> Week { get; private set; } = [];
    public List<OpeningExceptionDay> Exceptions { get; private set; } = [];
    public MapView? Map { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var point = await db.Points.AsNoTracking().AsSplitQuery().Where(p => p.Slug == slug)
            .Select(p => new PointDetails(p.Id, p.Name, p.Description, p.Area!.Name, p.Area.Slug, p.Street, p.PostalCode, p.City,
                p.Latitude, p.Longitude, p.Phase, p.ContactEmail, p.ContactPhone, p.Modules,
                p.Services.OrderBy(s => s.SortOrder).ThenBy(s => s.NameNl).ToList(),
                p.Presences.OrderBy(x => x.Day == DayOfWeek.Sunday ? 7 : (int)x.Day).ThenBy(x => x.From).ToList(),
                p.Photos.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (point is null) return NotFound();
        Point = point;

        var rows = await hoursLoader.LoadRowsAsync(db.Points.Where(x => x.Id == point.Id).Select(x => x.Id), cancellationToken);
        var status = OpeningHoursLoader.Build(rows.Weekly, rows.Exceptions).StatusAt(clock.Now, MunicipalClock.Zone);
        Status = text.Describe(point.Phase, status, clock.Today);
        IsOpen = text.IsOpen(point.Phase, status);
        Week = WeekDays.Select(d => (d, rows.Weekly.Where(w => w.Day == d)
            .Select(w => w.ToRule().Hours).ToList())).ToList();
        var horizon = clock.Today.PlusDays(ExceptionsShownDays).ToDateOnly();
        Exceptions = rows.Exceptions.Where(e => e.Date <= horizon).ToList();
        Map = MapView.Create(configuration, point.Latitude, point.Longitude, 16,
            [new PointCard(point.Id, 0, point.Name, slug, point.Street, point.PostalCode, point.City, point.Phase, point.Latitude, point.Longitude)]);
        return Page();
    }

    public static readonly DayOfWeek[] WeekDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public sealed record PointDetails(int Id, string Name, string? Description, string AreaName, string AreaSlug,
        string Street, string PostalCode, string City, double Latitude, double Longitude, PointPhase Phase,
        string? ContactEmail, string? ContactPhone, PointModules Modules,
        List<Service> Services, List<Presence> Presences, List<Photo> Photos);
}
