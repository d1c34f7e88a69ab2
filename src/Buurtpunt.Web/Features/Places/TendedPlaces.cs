using System.Security.Claims;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

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

    public static async Task<bool> MayTendAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int areaId) =>
        (await authorization.AuthorizeAsync(user, new AreaScope(areaId), PlaceOperations.Tend)).Succeeded;
}
