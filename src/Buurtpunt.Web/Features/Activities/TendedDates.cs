using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>A date as the people who tend its area see it (its staff page and its printed list): the date itself, and who comes.</summary>
public static class TendedDates
{
    public sealed record Row(int Id, string Name, string? Phone, int People, bool Waiting, string? EnteredBy, DateTime CreatedUtc, bool? Attended);

    /// <summary>A date of an activity in an area this person tends, tracked for a change; otherwise 404 (unknown or another municipality's) or 403.</summary>
    public static async Task<(Occurrence? Date, IActionResult? Refusal)> FindAsync(AppDbContext db, IAuthorizationService authorization, PageModel page, int id,
        CancellationToken cancellationToken)
    {
        var date = await db.Occurrences.Include(o => o.Activity).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (date is null) return (null, page.NotFound());
        if (!await authorization.MayTendAsync(page.User, date.Activity!.AreaId)) return (null, page.Forbid());
        return (date, null);
    }

    /// <summary>Who registered for a date, in order of registration (names of accounts, or the name a worker took down).</summary>
    public static Task<List<Row>> RowsAsync(AppDbContext db, int occurrenceId, CancellationToken cancellationToken) =>
        db.Registrations.AsNoTracking().Where(r => r.OccurrenceId == occurrenceId)
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id)
            .Select(r => new Row(r.Id, r.Name ?? db.Users.Where(u => u.Id == r.PersonId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                r.Phone ?? db.Users.Where(u => u.Id == r.PersonId).Select(u => u.PhoneNumber).FirstOrDefault(),
                r.People, r.Waiting, db.Users.Where(u => u.Id == r.EnteredById).Select(u => u.DisplayName).FirstOrDefault(), r.CreatedUtc, r.Attended))
            .ToListAsync(cancellationToken);
}
