using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Places;

public enum AreaKind { Village, Neighbourhood }

/// <summary>A village (deelgemeente, dorp) or neighbourhood (wijk, buurt) of a municipality.</summary>
public class Area : ITenantOwned
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 4000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public AreaKind Kind { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public List<Point> Points { get; set; } = [];
}
