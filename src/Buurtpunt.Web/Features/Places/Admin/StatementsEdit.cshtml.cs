using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Admin;

public class StatementsEditModel(AppDbContext db, PlaceChanges changes) : PageModel
{
    [BindProperty, Display(Name = "Statement.Privacy.Title"), StringLength(Statements.MaxLength)]
    public string? Privacy { get; set; }

    [BindProperty, Display(Name = "Statement.Accessibility.Title"), StringLength(Statements.MaxLength)]
    public string? Accessibility { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var m = await db.Municipalities.AsNoTracking().SingleAsync(cancellationToken);
        (Privacy, Accessibility) = (m.PrivacyStatement, m.AccessibilityStatement);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        var m = await db.Municipalities.SingleAsync(cancellationToken);
        m.PrivacyStatement = Privacy.TrimToNull();
        m.AccessibilityStatement = Accessibility.TrimToNull();
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage();
    }
}
