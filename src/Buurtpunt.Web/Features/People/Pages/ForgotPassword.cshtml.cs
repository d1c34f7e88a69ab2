using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Buurtpunt.Web.Features.People.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public class ForgotPasswordModel(UserManager<User> users, AccountMails mails) : PageModel
{
    [BindProperty, Display(Name = "SignIn.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
    public string Email { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        if (await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            var code = await users.GeneratePasswordResetTokenAsync(user);
            mails.ResetPassword(user, $"/wachtwoord-herstellen?id={user.Id}&code={Uri.EscapeDataString(code)}");
        }
        return RedirectToPage("/People/Pages/MailSent");
    }
}
