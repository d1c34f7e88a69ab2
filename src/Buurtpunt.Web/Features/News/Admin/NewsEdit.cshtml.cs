using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.News.Admin;

/// <summary>Writing or changing a news item for an area this person tends, with an optional photo.</summary>
public class NewsEditModel(AppDbContext db, IAuthorizationService authorization, PhotoStore photos, MunicipalClock clock, PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    public int? Id { get; private set; }
    public List<PlaceChoice> Areas { get; private set; } = [];
    public List<PlaceChoice> Points { get; private set; } = [];
    public int? CurrentPhotoId { get; private set; }

    [BindProperty] public NewsInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (id is null)
        {
            Input.PublishOn = clock.Today.ToDateOnly();
            Input.AreaId = Areas.FirstOrDefault()?.Id;
            return Page();
        }
        var item = await db.NewsItems.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null) return NotFound();
        if (!await MayTendAsync(item.AreaId)) return Forbid();
        (Id, CurrentPhotoId) = (item.Id, item.PhotoId);
        Input = new NewsInput
        {
            AreaId = item.AreaId, PointId = item.PointId, Title = item.Title, Body = item.Body, Pinned = item.Pinned,
            PublishOn = MunicipalClock.Local(item.PublishedUtc).Date.ToDateOnly(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        NewsItem? item = null;
        if (id is not null)
        {
            item = await db.NewsItems.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (item is null) return NotFound();
            if (!await MayTendAsync(item.AreaId)) return Forbid();
            (Id, CurrentPhotoId) = (item.Id, item.PhotoId);
        }
        ModelState.CheckPlace((Areas, Points), Input.AreaId, Input.PointId, l, "News.PointNotInArea");
        if (Upload is not null && PhotoStore.Check(Upload) is { } problem)
            ModelState.AddModelError(nameof(Upload), PhotoStore.Explain(l, problem));
        if (Upload is not null && string.IsNullOrWhiteSpace(Input.PhotoAlt))
            ModelState.AddModelError("Input.PhotoAlt", l["News.PhotoAltNeeded"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        int? photoId = item?.PhotoId;
        if (Upload is not null)
        {
            var (stored, saveProblem) = await photos.SaveAsync(db.CurrentMunicipalityId, Upload, cancellationToken);
            if (stored is null)
            {
                ModelState.AddModelError(nameof(Upload), PhotoStore.Explain(l, saveProblem));
                return this.InvalidPage();
            }
            var photo = new Photo { AltText = Input.PhotoAlt!.Trim(), StorageKey = stored.Key, Width = stored.Width, Height = stored.Height, CreatedUtc = clock.UtcNow };
            db.Photos.Add(photo);
            await db.SaveChangesAsync(cancellationToken);
            photoId = photo.Id;
        }
        item ??= db.NewsItems.Add(new NewsItem { Title = "", Body = "", AuthorId = User.PersonId() }).Entity;
        item.AreaId = Input.AreaId!.Value;
        item.PointId = Input.PointId;
        item.Title = Input.Title.Trim();
        item.Body = Input.Body.Trim();
        item.Pinned = Input.Pinned;
        item.PhotoId = photoId;
        // The day it appears starts at midnight in Belgium.
        item.PublishedUtc = LocalDate.FromDateOnly(Input.PublishOn!.Value).AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
        item.UpdatedUtc = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return Redirect("/beheer/nieuws");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.NewsItems.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null) return NotFound();
        if (!await MayTendAsync(item.AreaId)) return Forbid();
        db.NewsItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Deleted";
        return Redirect("/beheer/nieuws");
    }

    private Task<bool> MayTendAsync(int areaId) => authorization.MayTendAsync(User, areaId);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        (Areas, Points) = await TendedPlaces.LoadAsync(db, User, cancellationToken);

    public sealed class NewsInput
    {
        [Display(Name = "Field.Area"), Required]
        public int? AreaId { get; set; }

        public int? PointId { get; set; }

        [Display(Name = "News.Field.Title"), Required, StringLength(NewsItem.TitleMaxLength)]
        public string Title { get; set; } = "";

        [Display(Name = "News.Field.Body"), Required, StringLength(NewsItem.BodyMaxLength)]
        public string Body { get; set; } = "";

        [Display(Name = "News.Field.PublishOn"), Required]
        public DateOnly? PublishOn { get; set; }

        public bool Pinned { get; set; }

        [Display(Name = "News.Field.PhotoAlt"), StringLength(Photo.AltMaxLength)]
        public string? PhotoAlt { get; set; }
    }
}
