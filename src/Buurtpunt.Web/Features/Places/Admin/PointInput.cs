using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Buurtpunt.Core.Places;

namespace Buurtpunt.Web.Features.Places.Admin;

public sealed class PointInput
{
    [Display(Name = "Field.Name"), Required, StringLength(Point.NameMaxLength)]
    public string Name { get; set; } = "";

    [Display(Name = "Field.Slug"), StringLength(Buurtpunt.Core.Places.Slug.MaxLength)]
    public string? Slug { get; set; }

    [Display(Name = "Field.Area"), Required]
    public int? AreaId { get; set; }

    [Display(Name = "Field.Description"), StringLength(Point.DescriptionMaxLength)]
    public string? Description { get; set; }

    [Display(Name = "Field.Street"), Required, StringLength(200)]
    public string Street { get; set; } = "";

    [Display(Name = "Field.PostalCode"), Required, RegularExpression("^[1-9][0-9]{3}$", ErrorMessage = "Validation.PostalCode")]
    public string PostalCode { get; set; } = "";

    [Display(Name = "Field.City"), Required, StringLength(120)]
    public string City { get; set; } = "";

    /// <summary>Text, not a number: "50,84" and "50.84" both mean the same to a Belgian.</summary>
    [Display(Name = "Field.Latitude"), Required, StringLength(20)]
    public string Latitude { get; set; } = "";

    [Display(Name = "Field.Longitude"), Required, StringLength(20)]
    public string Longitude { get; set; } = "";

    public PointPhase Phase { get; set; }

    [Display(Name = "Field.ContactEmail"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
    public string? ContactEmail { get; set; }

    [Display(Name = "Field.ContactPhone"), RegularExpression(@"^\+?[0-9 ./()-]{6,25}$", ErrorMessage = "Validation.Phone")]
    public string? ContactPhone { get; set; }

    public List<PointModules> Modules { get; set; } = [];

    public List<int> ServiceIds { get; set; } = [];

    public string EffectiveSlug() => Buurtpunt.Core.Places.Slug.From(string.IsNullOrWhiteSpace(Slug) ? Name ?? "" : Slug);

    public static bool TryParseCoordinate(string text, out double value) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static PointInput From(Point point) => new()
    {
        Name = point.Name, Slug = point.Slug, AreaId = point.AreaId, Description = point.Description,
        Street = point.Street, PostalCode = point.PostalCode, City = point.City,
        Latitude = point.Latitude.ToString("0.######", CultureInfo.InvariantCulture),
        Longitude = point.Longitude.ToString("0.######", CultureInfo.InvariantCulture),
        Phase = point.Phase, ContactEmail = point.ContactEmail, ContactPhone = point.ContactPhone,
        Modules = Enum.GetValues<PointModules>().Where(m => m != PointModules.None && point.Modules.HasFlag(m)).ToList(),
        ServiceIds = point.Services.Select(s => s.Id).ToList(),
    };
}
