using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

internal static class AreaRules
{
    /// <summary>Checks what DataAnnotations cannot: a usable, unique slug within the municipality.</summary>
    public static async Task CheckAsync(AppDbContext db, AreaInput input, int? areaId, ModelStateDictionary state, IStringLocalizer l, CancellationToken cancellationToken)
    {
        if (!state.IsValid) return;
        var slug = input.EffectiveSlug();
        if (slug.Length == 0)
            state.AddModelError("Input.Slug", l["Validation.SlugEmpty"]);
        else if (await db.Areas.AnyAsync(a => a.Slug == slug && a.Id != areaId, cancellationToken))
            state.AddModelError("Input.Slug", l["Validation.SlugTaken", slug]);
    }
}
