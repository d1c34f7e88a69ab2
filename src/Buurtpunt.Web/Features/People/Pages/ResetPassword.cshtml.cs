using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public class ResetPasswordModel(UserManager<User> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty, Display(Name = "Reset.Password"), Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
    public string Password { get; set; } = "";

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        var user = Id is null || string.IsNullOrEmpty(Code) ? null : await users.FindByIdAsync(Id.Value.ToString());
        if (user is { EmailConfirmed: false } && await ProvesAddressAsync(user))
        {
            // The link came from the mailbox: the first proof of the address. What was set before goes.
            if (!(await users.ProveFirstAsync(user)).Succeeded) user = null;
            else Code = await users.GeneratePasswordResetTokenAsync(user); // the stamp changed
        }
        // Resetting changes the security stamp: every other signed-in device is signed out.
        var result = user is null ? null : await users.ResetPasswordAsync(user, Code!, Password);
        if (result is not { Succeeded: true })
        {
            foreach (var error in result?.Errors ?? [new IdentityError { Code = "InvalidToken" }])
                ModelState.AddModelError(nameof(Password), IdentityMessages.For(l, error));
            return this.InvalidPage();
        }
        TempData["Notice"] = "Reset.Done";
        return RedirectToPage("/People/Pages/SignIn");
    }

    // Only a valid code and an acceptable password count, so a refused attempt removes nothing.
    private async Task<bool> ProvesAddressAsync(User user)
    {
        if (!await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<User>.ResetPasswordTokenPurpose, Code!))
            return false;
        foreach (var validator in users.PasswordValidators)
            if (!(await validator.ValidateAsync(users, user, Password)).Succeeded) return false;
        return true;
    }
}
