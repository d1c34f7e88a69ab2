using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

// The request limit is well above the photo limit, so a too-large photo gets a readable
// message on this page rather than a bare connection error.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[TendPoint]
public class PointPhotosModel(AppDbContext db, PhotoStore store, PlaceChanges changes, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public int Id { get; private set; }
    public string PointName { get; private set; } = "";
    public List<Photo> Photos { get; private set; } = [];

    [BindProperty, Display(Name = "Field.Photo")]
    public IFormFile? Upload { get; set; }

    [BindProperty, Display(Name = "Field.AltText"), Required, StringLength(Photo.AltMaxLength)]
    public string AltText { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (PhotoStore.Check(Upload) is { } problem)
            ModelState.AddModelError(nameof(Upload), PhotoStore.Explain(l, problem));
        if (!ModelState.IsValid) return this.InvalidPage();

        var municipalityId = await db.Points.Where(p => p.Id == id).Select(p => p.MunicipalityId).SingleAsync(cancellationToken);
        var (stored, saveProblem) = await store.SaveAsync(municipalityId, Upload!, cancellationToken);
        if (stored is null)
        {
            ModelState.AddModelError(nameof(Upload), PhotoStore.Explain(l, saveProblem));
            return this.InvalidPage();
        }
        db.Photos.Add(new Photo
        {
            PointId = id, AltText = AltText.Trim(), StorageKey = stored.Key, Width = stored.Width, Height = stored.Height,
            SortOrder = Photos.Count, CreatedUtc = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int photoId, CancellationToken cancellationToken)
    {
        var photo = await db.Photos.SingleOrDefaultAsync(p => p.Id == photoId && p.PointId == id, cancellationToken);
        if (photo is null) return NotFound();
        db.Photos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(photo.MunicipalityId, photo.StorageKey);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Deleted";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var name = await db.Points.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return false;
        (Id, PointName) = (id, name);
        Photos = await db.Photos.AsNoTracking().Where(p => p.PointId == id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return true;
    }
}
