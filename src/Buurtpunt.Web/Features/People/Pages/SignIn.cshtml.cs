using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public class SignInModel(SignInManager<User> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return this.InvalidPage();
        // The user store only sees this municipality's accounts (query filter): an e-mail
        // address of another municipality is simply unknown here.
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        if (result.RequiresTwoFactor)
            return RedirectToPage("/People/Pages/SignInCode", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" });
        // One message for unknown e-mail and wrong password: no hint which accounts exist.
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? l["SignIn.LockedOut"] : l["SignIn.Failed"]);
        return this.InvalidPage();
    }

    public sealed class SignInInput
    {
        [Display(Name = "SignIn.Email"), Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254, ErrorMessage = "Validation.MaxLength")]
        public string Email { get; set; } = "";

        [Display(Name = "SignIn.Password"), Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength")]
        public string Password { get; set; } = "";
    }
}
