using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Places;

/// <summary>An uploaded picture, stored re-encoded (no EXIF) in a few sizes under the data folder.</summary>
public class Photo : ITenantOwned
{
    public const int AltMaxLength = 200;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int? PointId { get; set; }
    public required string AltText { get; set; }
    public required string StorageKey { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>The size of the small version ("s", at most 480 wide), for width/height in the page: no layout shift.</summary>
    public int SmallWidth => Shared.Storage.PhotoStore.Small(Width, Height).Width;

    public int SmallHeight => Shared.Storage.PhotoStore.Small(Width, Height).Height;
}
