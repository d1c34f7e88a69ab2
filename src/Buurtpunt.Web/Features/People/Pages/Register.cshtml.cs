using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public class RegisterModel(UserManager<User> users, AccountMails mails, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        var email = Input.Email.Trim();
        var user = new People.User { Id = Guid.NewGuid(), DisplayName = Input.DisplayName.Trim(), UserName = email, Email = email };
        // The password is judged before the address is looked up, so its answer says nothing about accounts.
        foreach (var validator in users.PasswordValidators)
            foreach (var error in (await validator.ValidateAsync(users, user, Input.Password)).Errors)
                ModelState.AddModelError("Input.Password", IdentityMessages.For(l, error));
        if (!ModelState.IsValid) return this.InvalidPage();
        // Same answer whether or not the address has an account: the mailbox owner learns which.
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            mails.AlreadyRegistered(existing);
            return RedirectToPage("/People/Pages/MailSent");
        }
        user.Roles.Add(new RoleGrant { Role = Role.Resident, GrantedUtc = clock.UtcNow });
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError("Input.Password", IdentityMessages.For(l, error));
            return this.InvalidPage();
        }
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        mails.Confirm(user, $"/bevestigen?id={user.Id}&code={Uri.EscapeDataString(code)}");
        return RedirectToPage("/People/Pages/MailSent");
    }

    public sealed class RegisterInput
    {
        [Display(Name = "Register.Name"), Required(ErrorMessage = "Validation.Required"), StringLength(People.User.DisplayNameMaxLength, ErrorMessage = "Validation.MaxLength")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "SignIn.Email"), Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254, ErrorMessage = "Validation.MaxLength")]
        public string Email { get; set; } = "";

        [Display(Name = "Register.Password"), Required(ErrorMessage = "Validation.Required"), StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
        public string Password { get; set; } = "";
    }
}
