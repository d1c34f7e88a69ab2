using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Buurtpunt.Web.Features.People.Profile;

/// <summary>A new address counts only once its owner clicks the link sent to it.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class ChangeEmailModel(UserManager<User> users, AccountMails mails) : PageModel
{
    [BindProperty, Display(Name = "ChangeEmail.New"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
    public string NewEmail { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var email = NewEmail.Trim();
        var code = await users.GenerateChangeEmailTokenAsync(user, email);
        mails.ConfirmNewEmail(user, email, $"/e-mail-bevestigen?id={user.Id}&email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}");
        return RedirectToPage("/People/Pages/MailSent");
    }
}
