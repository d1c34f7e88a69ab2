using Buurtpunt.Web.Shared.Ui;
using System.ComponentModel.DataAnnotations;

namespace Buurtpunt.Web.Features.Places.Admin;

public sealed class AreaInput
{
    [Display(Name = "Field.Name"), Required, StringLength(Area.NameMaxLength)]
    public string Name { get; set; } = "";

    [Display(Name = "Field.Slug"), StringLength(Buurtpunt.Core.Places.Slug.MaxLength)]
    public string? Slug { get; set; }

    public AreaKind Kind { get; set; }

    [Display(Name = "Field.Description"), StringLength(Area.DescriptionMaxLength)]
    public string? Description { get; set; }

    [Display(Name = "Field.SortOrder"), Range(0, 10000)]
    public int SortOrder { get; set; }

    /// <summary>The slug as typed, or one made from the name; normalised either way.</summary>
    public string EffectiveSlug() => Buurtpunt.Core.Places.Slug.From(string.IsNullOrWhiteSpace(Slug) ? Name ?? "" : Slug);

    public void ApplyTo(Area area)
    {
        area.Name = Name.Trim();
        area.Slug = EffectiveSlug();
        area.Kind = Kind;
        area.Description = Description.TrimToNull();
        area.SortOrder = SortOrder;
    }

    public static AreaInput From(Area area) => new()
    {
        Name = area.Name, Slug = area.Slug, Kind = area.Kind, Description = area.Description, SortOrder = area.SortOrder,
    };
}
