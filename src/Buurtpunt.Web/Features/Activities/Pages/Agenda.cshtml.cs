using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Buurtpunt.Web.Features.Activities.Pages;

/// <summary>
/// The agenda of the city, an area or a point: a week at a time (the default, Monday to Sunday in
/// Brussels) or as a list of what comes next, filtered by kind, audience, free, wheelchair access
/// and low threshold. Filters are a GET form, so the page works without JavaScript.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public class AgendaModel(AppDbContext db, AgendaRows agenda, MunicipalClock clock) : PageModel
{
    public const int ListSize = 30;

    [BindProperty(SupportsGet = true, Name = "week")] public DateOnly? Week { get; set; }
    [BindProperty(SupportsGet = true, Name = "weergave")] public string? View { get; set; }
    [BindProperty(SupportsGet = true, Name = "soort")] public ActivityKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "voor")] public Audience? For { get; set; }
    [BindProperty(SupportsGet = true, Name = "gratis")] public bool Free { get; set; }
    [BindProperty(SupportsGet = true, Name = "rolstoel")] public bool Wheelchair { get; set; }
    [BindProperty(SupportsGet = true, Name = "laagdrempelig")] public bool LowThreshold { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public string Name { get; private set; } = "";
    public string BasePath { get; private set; } = "/agenda";
    public string? BackUrl { get; private set; }
    /// <summary>The area of an area's agenda (it has a brochure).</summary>
    public string? AreaSlug { get; private set; }
    public bool IsList => View == "lijst";
    public LocalDate Monday { get; private set; }
    public List<AgendaRows.Row> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? areaSlug, string? pointSlug, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || PageNumber is < 1 or > 1000 || View is not (null or "week" or "lijst")) return BadRequest();
        int? areaId = null, pointId = null;
        Name = await db.Municipalities.AsNoTracking().Select(m => m.Name).SingleAsync(cancellationToken);
        if (areaSlug is not null)
        {
            var found = await db.Areas.AsNoTracking().Where(a => a.Slug == areaSlug).Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellationToken);
            if (found is null) return NotFound();
            (areaId, Name, BasePath, BackUrl, AreaSlug) = (found.Id, found.Name, $"/gebied/{areaSlug}/agenda", $"/gebied/{areaSlug}", areaSlug);
        }
        if (pointSlug is not null)
        {
            var found = await db.Points.AsNoTracking().Where(p => p.Slug == pointSlug).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
            if (found is null) return NotFound();
            (pointId, Name, BasePath, BackUrl) = (found.Id, found.Name, $"/punt/{pointSlug}/agenda", $"/punt/{pointSlug}");
        }
        var today = clock.Today;
        var day = Week is { } week ? LocalDate.FromDateOnly(week) : today;
        if (day < today.PlusYears(-1) || day > today.PlusYears(3)) return NotFound();
        Monday = day.DayOfWeek == IsoDayOfWeek.Monday ? day : day.Previous(IsoDayOfWeek.Monday);

        var occurrences = agenda.Query(new AgendaFilter(areaId, pointId, Kind, For, Free, Wheelchair, LowThreshold));
        if (IsList)
        {
            var now = clock.UtcNow;
            var rows = await agenda.LoadAsync(occurrences.Where(o => o.EndUtc >= now).Skip((PageNumber - 1) * ListSize).Take(ListSize + 1), cancellationToken);
            HasNext = rows.Count > ListSize;
            Rows = rows.Take(ListSize).ToList();
        }
        else
        {
            var from = Monday.AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
            var until = Monday.PlusWeeks(1).AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
            Rows = await agenda.LoadAsync(occurrences.Where(o => o.StartUtc >= from && o.StartUtc < until), cancellationToken);
        }
        ViewData["Calendar"] = CalendarUrl;
        return Page();
    }

    /// <summary>The calendar feed of this agenda, with its filters.</summary>
    public string CalendarUrl => BasePath + ".ics" + QueryString.Create(new Dictionary<string, string?>
    {
        ["soort"] = Kind?.ToString(), ["voor"] = For?.ToString(), ["gratis"] = Free ? "true" : null,
        ["rolstoel"] = Wheelchair ? "true" : null, ["laagdrempelig"] = LowThreshold ? "true" : null,
    }.Where(v => v.Value is not null)).ToUriComponent();

    /// <summary>This agenda's address with the current filters and some values changed.</summary>
    public string Link(DateOnly? week = null, string? view = null, int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["weergave"] = view ?? View, ["week"] = (week ?? Week)?.ToString("yyyy-MM-dd"), ["soort"] = Kind?.ToString(), ["voor"] = For?.ToString(),
            ["gratis"] = Free ? "true" : null, ["rolstoel"] = Wheelchair ? "true" : null, ["laagdrempelig"] = LowThreshold ? "true" : null,
            ["pagina"] = page is > 1 ? page.ToString() : null,
        };
        if (values["weergave"] == "lijst") values["week"] = null;
        return BasePath + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
    }
}
