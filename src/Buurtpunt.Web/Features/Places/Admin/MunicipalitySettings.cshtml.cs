using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Buurtpunt.Core.Places;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public partial class MunicipalitySettingsModel(AppDbContext db, PlaceChanges changes, PhotoStore store, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [BindProperty, Display(Name = "Field.Logo")]
    public IFormFile? Logo { get; set; }

    public int? LogoPhotoId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var m = await db.Municipalities.AsNoTracking().Include(x => x.Hosts).SingleAsync(cancellationToken);
        LogoPhotoId = m.LogoPhotoId;
        Input = new SettingsInput
        {
            Name = m.Name, Introduction = m.Introduction, ContactEmail = m.ContactEmail, ContactPhone = m.ContactPhone, Website = m.Website,
            MapLatitude = m.MapLatitude.ToString("0.######", CultureInfo.InvariantCulture),
            MapLongitude = m.MapLongitude.ToString("0.######", CultureInfo.InvariantCulture),
            MapZoom = m.MapZoom, Hosts = string.Join('\n', m.Hosts.Select(h => h.Host)),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.Include(x => x.Hosts).SingleAsync(cancellationToken);
        LogoPhotoId = municipality.LogoPhotoId;
        var hosts = ParseHosts(Input.Hosts);
        double latitude = 0, longitude = 0;
        if (ModelState.IsValid)
        {
            if (hosts.Count == 0)
                ModelState.AddModelError("Input.Hosts", l["Validation.HostsNeeded"]);
            else if (hosts.FirstOrDefault(h => !HostPattern().IsMatch(h)) is { } bad)
                ModelState.AddModelError("Input.Hosts", l["Validation.HostInvalid", bad]);
            else
            {
                var taken = await db.MunicipalityHosts.IgnoreQueryFilters()
                    .Where(h => hosts.Contains(h.Host) && h.MunicipalityId != municipality.Id).Select(h => h.Host).FirstOrDefaultAsync(cancellationToken);
                if (taken is not null)
                    ModelState.AddModelError("Input.Hosts", l["Validation.HostTaken", taken]);
                else if (await db.Municipalities.IgnoreQueryFilters().CountAsync(cancellationToken) > 1
                         && !hosts.Contains(MunicipalityDirectory.NormaliseHost(Request.Host.Host)))
                    ModelState.AddModelError("Input.Hosts", l["Validation.HostCurrentNeeded", Request.Host.Host]);
            }
            if (!PointInput.TryParseCoordinate(Input.MapLatitude, out latitude) || !PointInput.TryParseCoordinate(Input.MapLongitude, out longitude))
                ModelState.AddModelError("Input.MapLatitude", l["Validation.Coordinates"]);
            else if (!BelgiumBounds.Contains(latitude, longitude))
                ModelState.AddModelError("Input.MapLatitude", l["Validation.OutsideBelgium"]);
            if (Logo is not null && PhotoStore.Check(Logo) is { } problem)
                ModelState.AddModelError(nameof(Logo), PhotoStore.Explain(l, problem));
        }
        StoredPhoto? logo = null;
        if (ModelState.IsValid && Logo is not null)
        {
            var (stored, problem) = await store.SaveAsync(municipality.Id, Logo, cancellationToken);
            if (stored is null) ModelState.AddModelError(nameof(Logo), PhotoStore.Explain(l, problem));
            logo = stored;
        }
        if (!ModelState.IsValid) return this.InvalidPage();

        municipality.Name = Input.Name.Trim();
        municipality.Introduction = Input.Introduction.TrimToNull();
        municipality.ContactEmail = Input.ContactEmail.TrimToNull();
        municipality.ContactPhone = Input.ContactPhone.TrimToNull();
        municipality.Website = Input.Website.TrimToNull();
        (municipality.MapLatitude, municipality.MapLongitude, municipality.MapZoom) = (latitude, longitude, Input.MapZoom);
        municipality.Hosts.RemoveAll(h => !hosts.Contains(h.Host));
        foreach (var host in hosts.Where(h => municipality.Hosts.All(x => x.Host != h)))
            municipality.Hosts.Add(new MunicipalityHost { Host = host, MunicipalityId = municipality.Id });
        if (logo is not null)
        {
            var photo = new Photo { AltText = municipality.Name, StorageKey = logo.Key, Width = logo.Width, Height = logo.Height, CreatedUtc = clock.UtcNow };
            db.Photos.Add(photo);
            await db.SaveChangesAsync(cancellationToken);
            municipality.LogoPhotoId = photo.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync(municipalityChanged: true);
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage();
    }


    private static List<string> ParseHosts(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(MunicipalityDirectory.NormaliseHost).Distinct().ToList();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();

    public sealed class SettingsInput
    {
        [Display(Name = "Field.Name"), Required, StringLength(Municipality.NameMaxLength)]
        public string Name { get; set; } = "";

        [Display(Name = "Field.Introduction"), StringLength(4000)]
        public string? Introduction { get; set; }

        [Display(Name = "Field.ContactEmail"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
        public string? ContactEmail { get; set; }

        [Display(Name = "Field.ContactPhone"), RegularExpression(@"^\+?[0-9 ./()-]{6,25}$", ErrorMessage = "Validation.Phone")]
        public string? ContactPhone { get; set; }

        [Display(Name = "Field.Website"), Url(ErrorMessage = "Validation.Url"), StringLength(500)]
        public string? Website { get; set; }

        [Display(Name = "Field.Latitude"), Required, StringLength(20)]
        public string MapLatitude { get; set; } = "";

        [Display(Name = "Field.Longitude"), Required, StringLength(20)]
        public string MapLongitude { get; set; } = "";

        [Display(Name = "Field.MapZoom"), Range(5, 18)]
        public int MapZoom { get; set; } = 12;

        [Display(Name = "Field.Hosts"), Required, StringLength(4000)]
        public string Hosts { get; set; } = "";
    }
}
