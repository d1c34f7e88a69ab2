using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// The application's photos: its applicants (or the worker acting for them) add them with a short
/// description while the application is theirs to change, and take them away again. At most
/// <see cref="ApplicationPhoto.Max"/>. Anyone else: not found.
/// </summary>
// Well above the photo limit, so a too-large photo gets a readable message instead of a broken connection.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public class PhotosPageModel(AppDbContext db, OnBehalf onBehalf, Applications applications, PhotoStore store, MunicipalClock clock, Audit audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Application Application { get; private set; } = null!;
    public List<ApplicationPhoto> Photos { get; private set; } = [];
    public bool Editable => ApplicationFlow.Editable(Application.Status);

    [BindProperty, Display(Name = "Field.Photo")]
    public IFormFile? Upload { get; set; }

    [BindProperty, Display(Name = "Field.AltText"), Required, StringLength(Places.Photo.AltMaxLength)]
    public string? AltText { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Editable) return this.NotDonePage(StepResult.Refused("Photos.Closed"), field: nameof(Upload));
        if (PhotoStore.Check(Upload) is { } problem) ModelState.AddModelError(nameof(Upload), PhotoStore.Explain(l, problem));
        if (Photos.Count >= ApplicationPhoto.Max) ModelState.AddModelError(nameof(Upload), l["Photos.TooMany", ApplicationPhoto.Max]);
        if (!ModelState.IsValid) return this.InvalidPage();

        var (stored, saveProblem) = await store.SaveAsync(Application.MunicipalityId, Upload!, cancellationToken);
        if (stored is null)
        {
            ModelState.AddModelError(nameof(Upload), PhotoStore.Explain(l, saveProblem));
            return this.InvalidPage();
        }
        var actor = (await onBehalf.ActorAsync(cancellationToken))!;
        db.ApplicationPhotos.Add(new ApplicationPhoto
        {
            ApplicationId = id, AltText = AltText!.Trim(), StorageKey = stored.Key, Width = stored.Width, Height = stored.Height,
            UploadedById = actor.EnteredById ?? actor.PersonId, UploadedUtc = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (actor.EnteredById is not null) await audit.RecordAsync(AuditActions.ActedOnBehalf, actor.PersonId, $"application {id}: photo added", cancellationToken);
        TempData["Notice"] = "Photos.Added";
        return Redirect($"/aanvraag/{id}/fotos");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int photo, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Editable) return this.NotDonePage(StepResult.Refused("Photos.Closed"), field: nameof(Upload));
        var found = Photos.SingleOrDefault(p => p.Id == photo);
        if (found is null || await db.ApplicationPhotos.Where(p => p.Id == photo && p.ApplicationId == id).ExecuteDeleteAsync(cancellationToken) == 0) return NotFound();
        store.Delete(found.MunicipalityId, found.StorageKey);
        TempData["Notice"] = "Photos.Removed";
        return Redirect($"/aanvraag/{id}/fotos");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await applications.OfApplicantAsync(id, (await onBehalf.ActorAsync(cancellationToken))?.PersonId, cancellationToken) is not { } application) return NotFound();
        Application = application;
        Photos = await ApplicationPhotos.ListAsync(db, id, cancellationToken);
        return null;
    }
}
