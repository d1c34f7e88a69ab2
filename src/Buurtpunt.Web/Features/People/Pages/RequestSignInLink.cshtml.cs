using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Pages;

/// <summary>Sign in without a password: a one-time link by e-mail.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class RequestSignInLinkModel(UserManager<User> users, AppDbContext db, AccountMails mails, MunicipalClock clock) : PageModel
{
    [BindProperty, Display(Name = "SignIn.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
    public string Email { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        // Unknown addresses get the same answer: no hint which accounts exist.
        if (await users.FindByEmailAsync(Email.Trim()) is { } user && !user.TwoFactorEnabled && !await users.IsLockedOutAsync(user)
            && !await db.RoleGrants.AnyAsync(r => r.UserId == user.Id && Roles.Staff.Contains(r.Role)))
        {
            var (link, token) = SignInLink.Create(user.Id, clock.UtcNow);
            db.SignInLinks.Add(link);
            await db.SaveChangesAsync();
            mails.SignInLink(user, $"/aanmeldlink/{token}");
        }
        return RedirectToPage("/People/Pages/MailSent");
    }
}
