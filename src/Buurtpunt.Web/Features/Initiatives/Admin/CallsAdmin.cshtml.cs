using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Admin;

/// <summary>The calls for citizen initiatives, with their period, budget and applications; a new call starts with three tracks and their forms.</summary>
public class CallsAdminModel(AppDbContext db, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Row(int Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, long BudgetCents, int Drafts, int Submitted);

    public List<Row> Rows { get; private set; } = [];

    [BindProperty] public CallInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today.ToDateOnly();
        (Input.OpensOn, Input.ClosesOn) = (today, today.AddMonths(3));
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var budget = Input.Check(ModelState, l, clock.Today.ToDateOnly());
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.InvalidPage();
        }
        var call = CallSetup.NewCall(Input.Title.Trim(), Input.OpensOn!.Value, Input.ClosesOn!.Value, budget, clock.UtcNow);
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Calls.Created";
        return Redirect($"/beheer/oproepen/{call.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rows = await db.Calls.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Title, c.OpensOn, c.ClosesOn, c.BudgetCents,
                db.Applications.Count(a => a.CallId == c.Id && a.Status == ApplicationStatus.Draft),
                db.Applications.Count(a => a.CallId == c.Id && a.Status != ApplicationStatus.Draft)))
            .ToListAsync(cancellationToken);
}

/// <summary>What an administrator types for a call: the title, the period and the budget (an amount as people write it).</summary>
public class CallInput
{
    public const long MaxBudgetCents = 100_000_000_00;

    [Display(Name = "Calls.Field.Title"), Required, StringLength(Call.TitleMaxLength)]
    public string Title { get; set; } = "";

    [Display(Name = "Calls.Field.OpensOn"), Required]
    public DateOnly? OpensOn { get; set; }

    [Display(Name = "Calls.Field.ClosesOn"), Required]
    public DateOnly? ClosesOn { get; set; }

    [Display(Name = "Calls.Field.Budget"), Required, StringLength(20)]
    public string Budget { get; set; } = "";

    /// <summary>Checks the period and the budget; returns the budget in cents.</summary>
    public long Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer l, DateOnly today)
    {
        if (OpensOn is { } opens && ClosesOn is { } closes)
        {
            if (closes < opens) state.AddModelError("Input.ClosesOn", l["Calls.ClosesBeforeOpens"]);
            else if (closes.DayNumber - opens.DayNumber > 366 || opens < today.AddYears(-1) || opens > today.AddYears(2)) state.AddModelError("Input.ClosesOn", l["Calls.PeriodOutOfRange"]);
        }
        return Money.ReadCents(Budget, "Input.Budget", state, l, MaxBudgetCents) ?? 0;
    }
}
