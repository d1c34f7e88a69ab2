using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places.Admin;

/// <summary>The municipality's own list of services a point can offer.</summary>
public class ServicesModel(AppDbContext db, PlaceChanges changes) : PageModel
{
    public List<Service> Services { get; private set; } = [];

    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.InvalidPage();
        }
        var sort = await db.Services.Select(s => (int?)s.SortOrder).MaxAsync(cancellationToken) ?? -1;
        db.Services.Add(new Service { NameNl = Input.NameNl.Trim(), NameFr = Input.NameFr.TrimToNull(), NameEn = Input.NameEn.TrimToNull(), SortOrder = sort + 1 });
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int serviceId, CancellationToken cancellationToken)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null) return NotFound();
        db.Services.Remove(service);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Deleted";
        return RedirectToPage();
    }


    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Services = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.NameNl).ToListAsync(cancellationToken);

    public sealed class ServiceInput
    {
        [Display(Name = "Field.NameNl"), Required, StringLength(Service.NameMaxLength)]
        public string NameNl { get; set; } = "";

        [Display(Name = "Field.NameFr"), StringLength(Service.NameMaxLength)]
        public string? NameFr { get; set; }

        [Display(Name = "Field.NameEn"), StringLength(Service.NameMaxLength)]
        public string? NameEn { get; set; }
    }
}
