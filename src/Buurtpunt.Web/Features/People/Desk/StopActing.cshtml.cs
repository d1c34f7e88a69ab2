using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>The banner's "stop": back to working as oneself.</summary>
public class StopActingModel(OnBehalf onBehalf) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/People/Desk/Residents");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var acting = await onBehalf.CurrentAsync(cancellationToken);
        await onBehalf.StopAsync(cancellationToken);
        TempData["Notice"] = "Desk.ActingStopped";
        return acting is null ? RedirectToPage("/People/Desk/Residents") : RedirectToPage("/People/Desk/Resident", new { id = acting.ResidentId });
    }
}
