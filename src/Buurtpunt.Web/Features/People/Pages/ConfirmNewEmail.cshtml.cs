using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.People.Pages;

public class ConfirmNewEmailModel(UserManager<User> users) : PageModel
{
    public bool Changed { get; private set; }
    public bool Taken { get; private set; }

    public async Task OnGetAsync(Guid? id, string? email, string? code)
    {
        var user = id is null || string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code) ? null : await users.FindByIdAsync(id.Value.ToString());
        if (user is not null)
        {
            Taken = await users.FindByEmailAsync(email!) is { } other && other.Id != user.Id;
            // The e-mail address is also the user name: both change together, and the new
            // security stamp signs the account out on other devices.
            Changed = !Taken && (await users.ChangeEmailAsync(user, email!, code!)).Succeeded
                      && (await users.SetUserNameAsync(user, email)).Succeeded;
        }
        if (!Changed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
