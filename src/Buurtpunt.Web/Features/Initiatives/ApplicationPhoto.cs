using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// A photo that comes with an application (the bare square, the street that needs benches). Private
/// like the rest of the file: not a <see cref="Places.Photo"/>, which anyone may open, but served by
/// <c>/aanvraag/{id}/foto/…</c> to the applicants and the call's reviewers only. Re-encoded by the
/// photo store, so no EXIF or GPS position leaves the applicant's phone.
/// </summary>
public class ApplicationPhoto : ITenantOwned
{
    public const int Max = 10;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public required string AltText { get; set; }
    public required string StorageKey { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public Guid? UploadedById { get; set; }
    public DateTime UploadedUtc { get; set; }

    public int SmallWidth => Shared.Storage.PhotoStore.Small(Width, Height).Width;

    public int SmallHeight => Shared.Storage.PhotoStore.Small(Width, Height).Height;
}
