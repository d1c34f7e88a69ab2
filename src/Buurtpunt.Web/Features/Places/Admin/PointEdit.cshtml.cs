using Buurtpunt.Core.Places;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

public class PointEditModel(AppDbContext db, PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    public int? Id { get; private set; }

    [BindProperty]
    public PointInput Input { get; set; } = new();

    public List<(int Id, string Name)> Areas { get; private set; } = [];
    public List<Service> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var point = await db.Points.AsNoTracking().Include(p => p.Services).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (point is null) return NotFound();
            Input = PointInput.From(point);
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Point? point = null;
        if (id is not null)
        {
            point = await db.Points.Include(p => p.Services).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (point is null) return NotFound();
        }
        var (latitude, longitude, services) = await CheckAsync(point, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return this.InvalidPage();
        }

        point ??= db.Points.Add(new Point { Name = "", Slug = "", Street = "", PostalCode = "", City = "" }).Entity;
        point.Name = Input.Name.Trim();
        point.Slug = Input.EffectiveSlug();
        point.AreaId = Input.AreaId!.Value;
        point.Description = Input.Description.TrimToNull();
        point.Street = Input.Street.Trim();
        point.PostalCode = Input.PostalCode.Trim();
        point.City = Input.City.Trim();
        point.Latitude = latitude;
        point.Longitude = longitude;
        point.ContactEmail = Input.ContactEmail.TrimToNull();
        point.ContactPhone = Input.ContactPhone.TrimToNull();
        point.Modules = Input.Modules.Aggregate(PointModules.None, (all, m) => all | m);
        point.Services.Clear();
        point.Services.AddRange(services);
        if (point.Phase != Input.Phase) point.MoveTo(Input.Phase);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage(new { id = point.Id });
    }

    private async Task<(double Latitude, double Longitude, List<Service> Services)> CheckAsync(Point? point, CancellationToken cancellationToken)
    {
        double latitude = 0, longitude = 0;
        var services = new List<Service>();
        if (!ModelState.IsValid) return (latitude, longitude, services);

        var slug = Input.EffectiveSlug();
        if (slug.Length == 0)
            ModelState.AddModelError("Input.Slug", l["Validation.SlugEmpty"]);
        else if (await db.Points.AnyAsync(p => p.Slug == slug && p.Id != (point == null ? 0 : point.Id), cancellationToken))
            ModelState.AddModelError("Input.Slug", l["Validation.SlugTaken", slug]);

        // An area id of another municipality is invisible here, so it is refused like a wrong one.
        if (!await db.Areas.AnyAsync(a => a.Id == Input.AreaId, cancellationToken))
            ModelState.AddModelError("Input.AreaId", l["Validation.UnknownChoice"]);

        if (!PointInput.TryParseCoordinate(Input.Latitude, out latitude) || !PointInput.TryParseCoordinate(Input.Longitude, out longitude))
            ModelState.AddModelError("Input.Latitude", l["Validation.Coordinates"]);
        else if (!BelgiumBounds.Contains(latitude, longitude))
            ModelState.AddModelError("Input.Latitude", l["Validation.OutsideBelgium"]);

        var wanted = Input.ServiceIds.Distinct().ToList();
        services = await db.Services.Where(s => wanted.Contains(s.Id)).ToListAsync(cancellationToken);
        if (services.Count != wanted.Count)
            ModelState.AddModelError("Input.ServiceIds", l["Validation.UnknownChoice"]);

        if (!Enum.IsDefined(Input.Phase) || Input.Modules.Any(m => !Enum.IsDefined(m)))
            ModelState.AddModelError("Input.Phase", l["Validation.UnknownChoice"]);
        else if (point is not null && !point.CanMoveTo(Input.Phase))
            ModelState.AddModelError("Input.Phase", l["Validation.PhaseBack", l[$"Phase.{point.Phase}"], l[$"Phase.{Input.Phase}"]]);
        return (latitude, longitude, services);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        Areas = areas.Select(a => (a.Id, a.Name)).ToList();
        Services = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.NameNl).ToListAsync(cancellationToken);
    }
}
