using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Admin;

/// <summary>
/// Who reviews a call and on what: the working group's and the committee's members (people with a
/// staff or reviewer role, so they sign in in two steps), the committee's chair, and the criteria
/// the committee scores. Criteria are fixed once someone has scored, so all scores compare.
/// </summary>
public class CallReviewModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxCriteria = 10;

    public sealed record SeatRow(int Id, string Name, string Email, Panel Panel, bool IsChair);

    public Call Call { get; private set; } = null!;
    public List<SeatRow> Seats { get; private set; } = [];
    public bool Scored { get; private set; }

    [BindProperty] public SeatInput Seat { get; set; } = new();

    [BindProperty, Display(Name = "Review.Field.Criteria"), Required, StringLength(2000)]
    public string? CriteriaText { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        CriteriaText = string.Join('\n', Call.Criteria.Select(c => c.Name));
        return Page();
    }

    public async Task<IActionResult> OnPostSeatAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        this.OnlyValidate(nameof(Seat));
        if (!ModelState.IsValid) return this.InvalidPage();
        var normalised = Seat.Email!.Trim().ToUpperInvariant();
        var person = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (person is null) return this.ProblemPage(nameof(Seat) + "." + nameof(SeatInput.Email), l["Review.NoSuchPerson"]);
        if (!await db.RoleGrants.AnyAsync(g => g.UserId == person && Roles.Staff.Contains(g.Role), cancellationToken))
            return this.ProblemPage(nameof(Seat) + "." + nameof(SeatInput.Email), l["Review.NeedsReviewerRole"]);
        if (await db.CallSeats.AnyAsync(s => s.CallId == id && s.PersonId == person && s.Panel == Seat.Panel, cancellationToken))
            return this.ProblemPage(nameof(Seat) + "." + nameof(SeatInput.Email), l["Review.AlreadySeated"]);
        var chair = Seat.Panel == Panel.Committee && Seat.Chair;
        if (chair) await db.CallSeats.Where(s => s.CallId == id && s.IsChair).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsChair, false), cancellationToken);
        db.CallSeats.Add(new CallSeat { CallId = id, PersonId = person.Value, Panel = Seat.Panel, IsChair = chair });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Review.SeatAdded";
        return Redirect($"/beheer/oproepen/{id}/beoordeling");
    }

    public async Task<IActionResult> OnPostRemoveSeatAsync(int id, int seat, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        if (await db.CallSeats.Where(s => s.Id == seat && s.CallId == id).ExecuteDeleteAsync(cancellationToken) == 0) return NotFound();
        TempData["Notice"] = "Review.SeatRemoved";
        return Redirect($"/beheer/oproepen/{id}/beoordeling");
    }

    public async Task<IActionResult> OnPostCriteriaAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        this.OnlyValidate(nameof(CriteriaText));
        var names = (CriteriaText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (ModelState.IsValid && names.Count == 0) ModelState.AddModelError(nameof(CriteriaText), l["Validation.Required", l["Review.Field.Criteria"]]);
        if (names.Count > MaxCriteria) ModelState.AddModelError(nameof(CriteriaText), l["Review.TooManyCriteria", MaxCriteria]);
        if (names.Any(n => n.Length > Criterion.NameMaxLength)) ModelState.AddModelError(nameof(CriteriaText), l["Review.CriterionTooLong", Criterion.NameMaxLength]);
        if (!ModelState.IsValid) return this.InvalidPage();
        if (Scored) return this.NotDonePage(StepResult.Refused("Review.CriteriaFixed"), field: nameof(CriteriaText));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Criteria.Where(c => c.CallId == id).ExecuteDeleteAsync(cancellationToken);
        db.Criteria.AddRange(names.Select((name, i) => new Criterion { CallId = id, Name = name, Position = i + 1 }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Notice"] = "Review.CriteriaSaved";
        return Redirect($"/beheer/oproepen/{id}/beoordeling");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null) return NotFound();
        call.Criteria = [.. call.Criteria.OrderBy(c => c.Position)];
        Call = call;
        Seats = await db.CallSeats.AsNoTracking().Where(s => s.CallId == id)
            .Join(db.Users, s => s.PersonId, u => u.Id, (s, u) => new SeatRow(s.Id, u.DisplayName, u.Email ?? "", s.Panel, s.IsChair))
            .ToListAsync(cancellationToken);
        Seats = [.. Seats.OrderBy(s => s.Panel).ThenByDescending(s => s.IsChair).ThenBy(s => s.Name)];
        Scored = await db.Assessments.AnyAsync(a => db.Applications.Any(x => x.Id == a.ApplicationId && x.CallId == id), cancellationToken);
        return null;
    }

    public sealed class SeatInput
    {
        [Display(Name = "Review.Field.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256)]
        public string? Email { get; set; }

        [Display(Name = "Review.Field.Panel"), EnumDataType(typeof(Panel), ErrorMessage = "Validation.UnknownChoice")]
        public Panel Panel { get; set; }

        public bool Chair { get; set; }
    }
}
