using Buurtpunt.Core.Places;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

/// <summary>The weekly schedule, its exceptions and who is present when, each added and removed one row at a time.</summary>
[TendPoint]
public class PointHoursModel(AppDbContext db, PlaceChanges changes, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public int Id { get; private set; }
    public string PointName { get; private set; } = "";
    public List<WeeklyOpeningSlot> Weekly { get; private set; } = [];
    public List<OpeningExceptionDay> Exceptions { get; private set; } = [];
    public List<Presence> Presences { get; private set; } = [];

    [BindProperty] public WeeklyInput WeeklyForm { get; set; } = new();
    [BindProperty] public ExceptionInput ExceptionForm { get; set; } = new();
    [BindProperty] public PresenceInput PresenceForm { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWeeklyAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        this.OnlyValidate(nameof(WeeklyForm));
        if (!Enum.IsDefined(WeeklyForm.Day)) ModelState.AddModelError("WeeklyForm.Day", l["Validation.UnknownChoice"]);
        if (ModelState.IsValid)
        {
            var proposed = new WeeklyOpeningSlot { Day = WeeklyForm.Day, Opens = WeeklyForm.Opens!.Value, Closes = WeeklyForm.Closes!.Value };
            if (OpeningHoursRules.CheckWeekly(proposed.ToRule(), Weekly.Select(w => w.ToRule())) is { } problem)
                ModelState.AddModelError("WeeklyForm.Closes", l[$"Opening.Problem.{problem}"]);
        }
        if (!ModelState.IsValid) return this.InvalidPage();
        db.WeeklyOpenings.Add(new WeeklyOpeningSlot { PointId = id, Day = WeeklyForm.Day, Opens = WeeklyForm.Opens!.Value, Closes = WeeklyForm.Closes!.Value });
        return await SavedAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostExceptionAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        this.OnlyValidate(nameof(ExceptionForm));
        var form = ExceptionForm;
        if (!form.Closed && (form.Opens is null || form.Closes is null))
            ModelState.AddModelError("ExceptionForm.Opens", l["Validation.HoursNeeded"]);
        if (ModelState.IsValid)
        {
            var proposed = new OpeningExceptionDay { Date = form.Date!.Value, Closed = form.Closed, Opens = form.Opens, Closes = form.Closes };
            if (OpeningHoursRules.CheckException(proposed.ToRule(), Exceptions.Select(e => e.ToRule()), clock.Today) is { } problem)
                ModelState.AddModelError("ExceptionForm.Date", l[$"Opening.Problem.{problem}"]);
        }
        if (!ModelState.IsValid) return this.InvalidPage();
        db.OpeningExceptions.Add(new OpeningExceptionDay
        {
            PointId = id, Date = form.Date!.Value, Closed = form.Closed,
            Opens = form.Closed ? null : form.Opens, Closes = form.Closed ? null : form.Closes,
            Reason = form.Reason.TrimToNull(),
        });
        return await SavedAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostPresenceAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        this.OnlyValidate(nameof(PresenceForm));
        if (!Enum.IsDefined(PresenceForm.Day)) ModelState.AddModelError("PresenceForm.Day", l["Validation.UnknownChoice"]);
        if (ModelState.IsValid && PresenceForm.Until <= PresenceForm.From)
            ModelState.AddModelError("PresenceForm.Until", l["Opening.Problem.EndsBeforeStart"]);
        if (!ModelState.IsValid) return this.InvalidPage();
        db.Presences.Add(new Presence { PointId = id, Day = PresenceForm.Day, From = PresenceForm.From!.Value, Until = PresenceForm.Until!.Value, Who = PresenceForm.Who.Trim() });
        return await SavedAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteWeeklyAsync(int id, int rowId, CancellationToken cancellationToken) =>
        await DeleteAsync(id, db.WeeklyOpenings.Where(w => w.Id == rowId && w.PointId == id), cancellationToken);

    public async Task<IActionResult> OnPostDeleteExceptionAsync(int id, int rowId, CancellationToken cancellationToken) =>
        await DeleteAsync(id, db.OpeningExceptions.Where(e => e.Id == rowId && e.PointId == id), cancellationToken);

    public async Task<IActionResult> OnPostDeletePresenceAsync(int id, int rowId, CancellationToken cancellationToken) =>
        await DeleteAsync(id, db.Presences.Where(p => p.Id == rowId && p.PointId == id), cancellationToken);

    private async Task<IActionResult> DeleteAsync<T>(int id, IQueryable<T> row, CancellationToken cancellationToken)
    {
        // The query filter limits the row to this municipality; the point id limits it to this point.
        if (await row.ExecuteDeleteAsync(cancellationToken) == 0) return NotFound();
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Deleted";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SavedAsync(int id, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage(new { id });
    }

    // Three forms share one page: only the posted form's fields count.

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var name = await db.Points.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return false;
        (Id, PointName) = (id, name);
        var today = clock.Today.ToDateOnly();
        Weekly = await db.WeeklyOpenings.AsNoTracking().Where(w => w.PointId == id).ToListAsync(cancellationToken);
        Weekly = Weekly.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Opens).ToList();
        Exceptions = await db.OpeningExceptions.AsNoTracking().Where(e => e.PointId == id && e.Date >= today)
            .OrderBy(e => e.Date).ThenBy(e => e.Opens).ToListAsync(cancellationToken);
        Presences = await db.Presences.AsNoTracking().Where(p => p.PointId == id).ToListAsync(cancellationToken);
        Presences = Presences.OrderBy(p => ((int)p.Day + 6) % 7).ThenBy(p => p.From).ToList();
        return true;
    }
}
