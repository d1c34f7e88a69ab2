using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Places.Admin;

public class AreasModel(AppDbContext db, PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    public List<(int Id, string Name, AreaKind Kind, int Points)> Areas { get; private set; } = [];

    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await AreaRules.CheckAsync(db, Input, null, ModelState, l, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.InvalidPage();
        }
        var area = new Area { Name = "", Slug = "" };
        Input.ApplyTo(area);
        db.Areas.Add(area);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Kind, Points = a.Points.Count }).ToListAsync(cancellationToken);
        Areas = rows.Select(a => (a.Id, a.Name, a.Kind, a.Points)).ToList();
    }
}
