using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities.Pages;

/// <summary>The dates this person (or the resident a worker acts for) registered for, from yesterday on.</summary>
public class MyRegistrationsModel(AppDbContext db, OnBehalf onBehalf, MunicipalClock clock, Shared.Tenancy.PublicLinks links) : PageModel
{
    public sealed record Row(int OccurrenceId, string Title, DateTime StartUtc, int People, bool Waiting, bool Cancelled);

    public List<Row> Rows { get; private set; } = [];
    public bool HasCalendarLink { get; private set; }
    /// <summary>Shown once, right after it was made: only its hash is kept.</summary>
    public string? NewCalendarLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        var since = clock.UtcNow.AddDays(-1);
        Rows = await (from r in db.Registrations.AsNoTracking()
                      join o in db.Occurrences on r.OccurrenceId equals o.Id
                      where r.PersonId == actor.PersonId && o.EndUtc >= since
                      orderby o.StartUtc
                      select new Row(o.Id, o.Activity!.Title, o.StartUtc, r.People, r.Waiting, o.CancelledUtc != null))
            .Take(200).ToListAsync(cancellationToken);
        HasCalendarLink = await db.CalendarLinks.AnyAsync(l => l.UserId == actor.PersonId, cancellationToken);
        return Page();
    }

    /// <summary>Makes the private calendar link (a new one replaces the old, which stops working).</summary>
    public async Task<IActionResult> OnPostCalendarLinkAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } me) return Challenge();
        await db.CalendarLinks.Where(l => l.UserId == me).ExecuteDeleteAsync(cancellationToken);
        var (token, hash) = CalendarLink.NewToken();
        db.CalendarLinks.Add(new CalendarLink { UserId = me, TokenHash = hash, CreatedUtc = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        NewCalendarLink = links.Absolute($"/agenda/mijn/{token}.ics");
        return await OnGetAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeCalendarLinkAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } me) return Challenge();
        await db.CalendarLinks.Where(l => l.UserId == me).ExecuteDeleteAsync(cancellationToken);
        TempData["Notice"] = "Calendar.Revoked";
        return Redirect("/profiel/inschrijvingen");
    }
}
