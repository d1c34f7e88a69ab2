using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Places;

/// <summary>A city or municipality that runs its neighbourhood points on this installation.</summary>
public class Municipality
{
    public const int NameMaxLength = 120;

    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Introduction { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public int? LogoPhotoId { get; set; }
    public double MapLatitude { get; set; }
    public double MapLongitude { get; set; }
    public int MapZoom { get; set; } = 12;
    /// <summary>Markdown; when empty, the platform's default statement in the reader's language is shown.</summary>
    public string? PrivacyStatement { get; set; }
    public string? AccessibilityStatement { get; set; }
    public List<MunicipalityHost> Hosts { get; set; } = [];
}

/// <summary>A host name that selects a municipality; unique across the installation.</summary>
public class MunicipalityHost : ITenantOwned
{
    public const int MaxLength = 253;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string Host { get; set; }
}
