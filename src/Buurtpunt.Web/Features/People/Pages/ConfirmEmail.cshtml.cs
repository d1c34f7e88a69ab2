using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.People.Pages;

public class ConfirmEmailModel(UserManager<User> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? code)
    {
        // The user store sees only this municipality's accounts: a link of another one fails here.
        var user = id is null || string.IsNullOrEmpty(code) ? null : await users.FindByIdAsync(id.Value.ToString());
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, code!)).Succeeded;
        if (Confirmed && user!.Assisted)
        {
            // A taken-over account is the resident's own from here: the desk no longer keeps it.
            user.Assisted = false;
            await users.UpdateAsync(user);
        }
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
