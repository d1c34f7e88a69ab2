using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Activities;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Exports;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.Activities.Admin;

/// <summary>
/// One date of an activity for those who tend its area: who comes and who waits, a note for this
/// date, moving or cancelling it (the people registered are told), and registering someone who
/// came by or phoned (a name and a phone number are enough). Every showing is audited. The date itself
/// decides what may change (<see cref="Occurrence.Move"/>, <see cref="Occurrence.Cancel"/>): a cancelled date stays as it was.
/// </summary>
public class OccurrenceAdminModel(AppDbContext db, IAuthorizationService authorization, MunicipalClock clock, Audit audit,
    Registrations registrations, ActivityMails mails, PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    public Occurrence Date { get; private set; } = null!;
    public List<TendedDates.Row> Coming { get; private set; } = [];
    public List<TendedDates.Row> Waiting { get; private set; } = [];

    [BindProperty] public CancelInput Cancel { get; set; } = new();
    [BindProperty] public MoveInput Move { get; set; } = new();
    [BindProperty] public WalkInInput WalkIn { get; set; } = new();
    [BindProperty, StringLength(Occurrence.NoteMaxLength), Display(Name = "Activity.Field.Note")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        Note = Date.Note;
        var local = MunicipalClock.Local(Date.StartUtc);
        (Move.Date, Move.StartTime, Move.EndTime) = (local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly(), MunicipalClock.Local(Date.EndUtc).TimeOfDay.ToTimeOnly());
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(Note));
        if (!ModelState.IsValid) return await ShowAsync(cancellationToken, invalid: true);
        if (Date.WriteNote(Note) is { IsDone: false } refused) return await NotDoneAsync(refused, "", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        return Done(id, "Admin.Saved");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(Cancel));
        if (!ModelState.IsValid) return await ShowAsync(cancellationToken, invalid: true);
        if (Date.Cancel(clock.UtcNow, Cancel.Reason) is { IsDone: false } refused) return await NotDoneAsync(refused, "Cancel.Reason", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await mails.TellCancelledAsync(id, cancellationToken);
        await changes.PublishedAsync();
        return Done(id, "Activity.CancelledNotice");
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(Move));
        if (Move.StartTime is { } from && Move.EndTime is { } until && until <= from)
            ModelState.AddModelError("Move.EndTime", l["Activity.EndBeforeStart"]);
        var today = clock.Today.ToDateOnly();
        if (Move.Date is { } day && (day < today || day > today.AddYears(Recurrence.MaxYears)))
            ModelState.AddModelError("Move.Date", l["Activity.MoveDateOutOfRange", Recurrence.MaxYears]);
        if (!ModelState.IsValid) return await ShowAsync(cancellationToken, invalid: true);
        var date = LocalDate.FromDateOnly(Move.Date!.Value);
        var moved = Date.Move(MunicipalTime.ToUtc(date, LocalTime.FromTimeOnly(Move.StartTime!.Value)), MunicipalTime.ToUtc(date, LocalTime.FromTimeOnly(Move.EndTime!.Value)));
        if (!moved.IsDone) return await NotDoneAsync(moved, "", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await mails.TellChangedAsync(id, cancellationToken);
        await changes.PublishedAsync();
        return Done(id, "Activity.MovedNotice");
    }

    public async Task<IActionResult> OnPostWalkInAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(WalkIn));
        if (!ModelState.IsValid) return await ShowAsync(cancellationToken, invalid: true);
        var outcome = await registrations.RegisterAsync(new Registrations.Request(id, null, WalkIn.Name.Trim(), WalkIn.Phone?.Trim(), User.PersonId(), WalkIn.People), cancellationToken);
        if (!outcome.Result.IsDone) return await NotDoneAsync(outcome.Result, "WalkIn.People", cancellationToken, Registration.MaxPeople);
        await changes.PlacesTakenAsync();
        return Done(id, outcome.Waiting ? "Registration.Waiting.Notice" : "Registration.Registered.Notice");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int registrationId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.OccurrenceId == id, cancellationToken);
        if (registration is null) return NotFound();
        await registrations.CancelAsync(registration, cancellationToken);
        await changes.PlacesTakenAsync();
        return Done(id, "Registration.Removed");
    }

    /// <summary>Who came: the ticked registrations came, the others did not (counts feed the statistics).</summary>
    public async Task<IActionResult> OnPostAttendanceAsync(int id, [FromForm(Name = "came")] int[] came, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (came.Length > 1000) return BadRequest();
        var ticked = came.ToHashSet();
        var registered = await db.Registrations.Where(r => r.OccurrenceId == id && !r.Waiting).ToListAsync(cancellationToken);
        if (ticked.Except(registered.Select(r => r.Id)).Any()) return BadRequest();
        foreach (var registration in registered) registration.Attended = ticked.Contains(registration.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Done(id, "Activity.AttendanceSaved");
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken) =>
        await ExportAsync(id, "csv", cancellationToken);

    public async Task<IActionResult> OnGetExcelAsync(int id, CancellationToken cancellationToken) =>
        await ExportAsync(id, "xlsx", cancellationToken);

    private async Task<IActionResult> ExportAsync(int id, string format, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        await ShowAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.RegistrationsExported, details: $"{Date.Activity!.Title} · {Date.Date:yyyy-MM-dd} · {format}", cancellationToken: cancellationToken);
        string[] header = [l["Field.Name"], l["Registration.Field.People"], l["Desk.Phone"], l["Activity.Came"], l["Activity.RegisteredOn"]];
        var rows = Coming.Select(r => new[]
        {
            r.Name, r.People.ToString(), r.Phone ?? "", r.Attended switch { true => l["Activity.CameYes"], false => l["Activity.CameNo"], _ => "" },
            MunicipalClock.Local(r.CreatedUtc).ToString("yyyy-MM-dd HH:mm", null),
        }).ToList();
        var name = $"{Shared.Text.FileNames.Safe(Date.Activity!.Title)}-{Date.Date:yyyy-MM-dd}.{format}";
        return format == "csv"
            ? File(Spreadsheet.Csv(header, rows), "text/csv; charset=utf-8", name)
            : File(Spreadsheet.Excel(header, rows), Spreadsheet.ExcelType, name);
    }

    private IActionResult Done(int id, string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"/beheer/activiteiten/datum/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var (date, refusal) = await TendedDates.FindAsync(db, authorization, this, id, cancellationToken);
        Date = date!;
        return refusal;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, bool invalid = false)
    {
        await ListAsync(cancellationToken);
        return invalid ? this.InvalidPage() : Page();
    }

    /// <summary>The page again with why the step was not taken (a refusing date changed nothing of itself).</summary>
    private async Task<IActionResult> NotDoneAsync(StepResult result, string field, CancellationToken cancellationToken, params object[] arguments)
    {
        await ListAsync(cancellationToken);
        return this.NotDonePage(result, field: field, arguments: arguments);
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var rows = await TendedDates.RowsAsync(db, Date.Id, cancellationToken);
        (Coming, Waiting) = (rows.Where(r => !r.Waiting).ToList(), rows.Where(r => r.Waiting).ToList());
        await audit.RecordAsync(AuditActions.RegistrationsViewed, details: $"{Date.Activity!.Title} · {Date.Date:yyyy-MM-dd}", cancellationToken: cancellationToken);
    }

    public sealed class CancelInput
    {
        [Display(Name = "Activity.Field.CancelReason"), Required, StringLength(Occurrence.NoteMaxLength)]
        public string Reason { get; set; } = "";
    }

    public sealed class MoveInput
    {
        [Display(Name = "Activity.Date"), Required]
        public DateOnly? Date { get; set; }

        [Display(Name = "Activity.Field.StartTime"), Required]
        public TimeOnly? StartTime { get; set; }

        [Display(Name = "Activity.Field.EndTime"), Required]
        public TimeOnly? EndTime { get; set; }
    }

    public sealed class WalkInInput
    {
        [Display(Name = "Field.Name"), Required, StringLength(Registration.NameMaxLength)]
        public string Name { get; set; } = "";

        [Display(Name = "Desk.Phone"), RegularExpression(@"^\+?[0-9 ./()-]{6,25}$", ErrorMessage = "Validation.Phone")]
        public string? Phone { get; set; }

        [Display(Name = "Registration.Field.People"), Range(1, Registration.MaxPeople)]
        public int People { get; set; } = 1;
    }
}
