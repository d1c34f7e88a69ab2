using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>The checks the desk's forms share, beyond what the attributes say.</summary>
public static class DeskRules
{
    /// <summary>A consent is given on a real day: not in the future and not longer than a year ago.</summary>
    public static void CheckConsent(ConsentInput input, string prefix, ModelStateDictionary state, MunicipalClock clock, IStringLocalizer l)
    {
        if (!input.Account)
            state.AddModelError($"{prefix}.Account", l["Desk.AccountConsentNeeded"]);
        if (!Enum.IsDefined(input.Method))
            state.AddModelError($"{prefix}.Method", l["Validation.UnknownChoice"]);
        var today = clock.Today.ToDateOnly();
        if (input.GivenOn is { } given && (given > today || given < today.AddYears(-1)))
            state.AddModelError($"{prefix}.GivenOn", l["Desk.GivenOnRange"]);
    }

    public static void CheckResident(ResidentInput input, string prefix, IReadOnlyCollection<(int Id, string Name)> areas, ModelStateDictionary state, IStringLocalizer l)
    {
        if (input.AreaId is { } area && areas.All(a => a.Id != area))
            state.AddModelError($"{prefix}.AreaId", l["Validation.UnknownChoice"]);
        if (string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.PostalAddress))
            state.AddModelError($"{prefix}.Phone", l["Desk.ContactNeeded"]);
    }

    /// <summary>The areas whose residents this person keeps files for: all of them for municipality-wide roles.</summary>
    public static async Task<List<(int Id, string Name)>> AreasInReachAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reach = user.AreasFor(Role.Administrator, Role.CommunityWorker);
        var query = db.Areas.AsNoTracking();
        if (reach is not null) query = query.Where(a => reach.Contains(a.Id));
        var rows = await query.OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return rows.Select(a => (a.Id, a.Name)).ToList();
    }
}
