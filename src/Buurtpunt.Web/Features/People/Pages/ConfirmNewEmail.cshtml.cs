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
            var valid = !Taken && await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider,
                UserManager<User>.GetChangeEmailTokenPurpose(email!), code!);
            if (valid)
            {
                // The address is also the user name: both change in one update, or neither does.
                // A new security stamp signs the account out on other devices and voids the token.
                user.Email = user.UserName = email;
                user.NormalizedEmail = users.NormalizeEmail(email);
                user.NormalizedUserName = users.NormalizeName(email);
                user.EmailConfirmed = true;
                user.SecurityStamp = Guid.NewGuid().ToString("N");
                Changed = (await users.UpdateAsync(user)).Succeeded;
            }
        }
        if (!Changed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
