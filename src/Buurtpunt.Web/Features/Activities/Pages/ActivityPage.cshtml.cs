using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities.Pages;

/// <summary>
/// One date of an activity: when, where, for whom, what it costs and brings, places left, the
/// next dates of the series; signed-in people (or a worker acting for a resident) register,
/// with the number of people they bring, and cancel.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public class ActivityPageModel(AppDbContext db, OnBehalf onBehalf, Registrations registrations, MunicipalClock clock,
    PlaceChanges changes) : PageModel
{
    public sealed record Other(int Id, DateTime StartUtc, bool Cancelled);

    public Occurrence Date { get; private set; } = null!;
    public Activity Activity => Date.Activity!;
    public (string Name, string Slug, string Street, string PostalCode, string City)? Point { get; private set; }
    public string AreaName { get; private set; } = "";
    public string AreaSlug { get; private set; } = "";
    public List<Other> Next { get; private set; } = [];
    /// <summary>The registration of the person (or the resident a worker acts for), if any.</summary>
    public Registration? Mine { get; private set; }
    /// <summary>Why this date takes no registrations now (a resource key), if it does not.</summary>
    public string? Refusal { get; private set; }
    public int? WaitingAhead { get; private set; }

    [BindProperty, Display(Name = "Registration.Field.People"), Range(1, Registration.MaxPeople)]
    public int People { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        if (!ModelState.IsValid) return this.InvalidPage();
        var outcome = await registrations.RegisterAsync(new Registrations.Request(id, actor.PersonId, null, null, actor.EnteredById, People), cancellationToken,
            actor.EnteredById is null ? null : new AuditNote(AuditActions.ActedOnBehalf, actor.PersonId, $"registration {id}"));
        if (!outcome.Result.IsDone) return this.NotDonePage(outcome.Result, field: nameof(People), arguments: Registration.MaxPeople);
        await changes.PlacesTakenAsync();
        TempData["Notice"] = outcome.Waiting ? "Registration.Waiting.Notice" : "Registration.Registered.Notice";
        return Redirect($"/activiteit/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Mine is null) return NotFound();
        var audited = Mine.EnteredById is not null || (await onBehalf.ActorAsync(cancellationToken))?.EnteredById is not null;
        await registrations.CancelAsync(Mine, cancellationToken, audited ? new AuditNote(AuditActions.ActedOnBehalf, Mine.PersonId, $"registration {id} cancelled") : null);
        await changes.PlacesTakenAsync();
        TempData["Notice"] = "Registration.Cancelled.Notice";
        return Redirect($"/activiteit/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var date = await db.Occurrences.AsNoTracking().Include(o => o.Activity).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (date is null) return false;
        Date = date;
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == date.Activity!.AreaId).Select(a => new { a.Name, a.Slug }).SingleAsync(cancellationToken);
        (AreaName, AreaSlug) = (area.Name, area.Slug);
        if (date.Activity!.PointId is { } pointId)
        {
            var p = await db.Points.AsNoTracking().Where(p => p.Id == pointId).Select(p => new { p.Name, p.Slug, p.Street, p.PostalCode, p.City }).SingleAsync(cancellationToken);
            Point = (p.Name, p.Slug, p.Street, p.PostalCode, p.City);
        }
        var now = clock.UtcNow;
        Next = await db.Occurrences.AsNoTracking().Where(o => o.ActivityId == date.ActivityId && o.Id != id && o.EndUtc >= now)
            .OrderBy(o => o.StartUtc).Take(6).Select(o => new Other(o.Id, o.StartUtc, o.CancelledUtc != null)).ToListAsync(cancellationToken);
        Refusal = Registrations.Opens(date.Activity!, date, now).Reason;
        // Only signed-in visitors have a registration; anonymous pages stay the same for all (cacheable).
        if (User.Identity?.IsAuthenticated == true && await onBehalf.ActorAsync(cancellationToken) is { } actor)
        {
            Mine = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.OccurrenceId == id && r.PersonId == actor.PersonId, cancellationToken);
            if (Mine is { Waiting: true })
                WaitingAhead = await db.Registrations.CountAsync(r => r.OccurrenceId == id && r.Waiting
                    && (r.CreatedUtc < Mine.CreatedUtc || (r.CreatedUtc == Mine.CreatedUtc && r.Id < Mine.Id)), cancellationToken);
        }
        return true;
    }
}
