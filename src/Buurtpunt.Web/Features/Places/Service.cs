using System.Globalization;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// Something a point offers (coffee and a chat, digital help, garbage bags per piece …).
/// Each municipality keeps its own list; names are given per language, Dutch required.
/// </summary>
public class Service : ITenantOwned
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string NameNl { get; set; }
    public string? NameFr { get; set; }
    public string? NameEn { get; set; }
    public int SortOrder { get; set; }
    public List<Point> Points { get; set; } = [];

    public string NameIn(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "fr" when !string.IsNullOrWhiteSpace(NameFr) => NameFr,
        "en" when !string.IsNullOrWhiteSpace(NameEn) => NameEn,
        _ => NameNl,
    };
}
