using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>Keeping an FAQ entry current, or removing it, by the staff of its area (or of the municipality).</summary>
public class EditFaqModel(AppDbContext db, MunicipalClock clock, Places.PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public FaqInput Input { get; set; } = new();
    public string BackUrl { get; private set; } = "/veelgestelde-vragen";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        if (entry is null) return NotFound();
        if (!User.IsAreaStaff(entry.AreaId)) return Forbid();
        Input = new FaqInput { Question = entry.Question, Answer = entry.Answer, Category = entry.Category };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        if (entry is null) return NotFound();
        if (!User.IsAreaStaff(entry.AreaId)) return Forbid();
        ModelState.Remove("Input.Scope");
        if (!Enum.IsDefined(Input.Category)) ModelState.AddModelError("Input.Category", l["Validation.UnknownChoice"]);
        if (!ModelState.IsValid) return this.InvalidPage();
        (entry.Question, entry.Answer, entry.Category, entry.UpdatedUtc) = (Input.Question.Trim(), Input.Answer.Trim(), Input.Category, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Faq.Saved";
        return Redirect(BackUrl);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        if (entry is null) return NotFound();
        if (!User.IsAreaStaff(entry.AreaId)) return Forbid();
        db.FaqEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Faq.Deleted";
        return Redirect(BackUrl);
    }

    private async Task<FaqEntry?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await db.FaqEntries.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (entry?.PointId is { } pointId)
            BackUrl = $"/punt/{await db.Points.Where(p => p.Id == pointId).Select(p => p.Slug).SingleAsync(cancellationToken)}/faq";
        else if (entry?.AreaId is { } areaId)
            BackUrl = $"/gebied/{await db.Areas.Where(a => a.Id == areaId).Select(a => a.Slug).SingleAsync(cancellationToken)}";
        return entry;
    }
}
