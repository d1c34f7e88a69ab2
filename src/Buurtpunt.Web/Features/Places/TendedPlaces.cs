using System.Security.Claims;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places;

/// <summary>An area or point a form offers, with the area it belongs to.</summary>
public sealed record PlaceChoice(int Id, string Name, int AreaId);

/// <summary>The areas (and their points) a person tends, for forms that publish in an area: news, activities.</summary>
public static class TendedPlaces
{
    public static async Task<(List<PlaceChoice> Areas, List<PlaceChoice> Points)> LoadAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reach = user.AreasFor(AreaScopeHandler.Tenders);
        var areas = db.Areas.AsNoTracking();
        if (reach is not null) areas = areas.Where(a => reach.Contains(a.Id));
        var areaChoices = await areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new PlaceChoice(a.Id, a.Name, a.Id)).ToListAsync(cancellationToken);
        var ids = areaChoices.Select(a => a.Id).ToList();
        var points = await db.Points.AsNoTracking().Where(p => ids.Contains(p.AreaId)).OrderBy(p => p.Name).Select(p => new PlaceChoice(p.Id, p.Name, p.AreaId)).ToListAsync(cancellationToken);
        return (areaChoices, points);
    }

    /// <summary>
    /// The one check of a posted area and point against what the form offered this person: an area they
    /// do not tend, one of another municipality, or a point outside the chosen area is a translated message
    /// on the form (400) — never a stored row, never a 500.
    /// </summary>
    public static void CheckPlace(this ModelStateDictionary modelState, (List<PlaceChoice> Areas, List<PlaceChoice> Points) tended,
        int? areaId, int? pointId, IStringLocalizer l, string pointNotInAreaKey)
    {
        if (areaId is { } area && tended.Areas.All(a => a.Id != area))
            modelState.AddModelError("Input.AreaId", l["Validation.UnknownChoice"]);
        if (pointId is { } point && tended.Points.All(p => p.Id != point || p.AreaId != areaId))
            modelState.AddModelError("Input.PointId", l[pointNotInAreaKey]);
    }

    public static async Task<bool> MayTendAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int areaId) =>
        (await authorization.AuthorizeAsync(user, new AreaScope(areaId), PlaceOperations.Tend)).Succeeded;
}
