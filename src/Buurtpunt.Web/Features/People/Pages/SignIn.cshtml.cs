using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public class SignInModel(SignInManager<User> signIn, PasskeyCeremony passkeys, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Filled by passkey.js with the browser's answer (navigator.credentials.get, as JSON).</summary>
    [BindProperty]
    public string? PasskeyCredential { get; set; }

    /// <summary>Set when a staff page sent a person with a passkey here for a second step.</summary>
    [BindProperty(SupportsGet = true, Name = "toegangssleutel")]
    public string? PasskeyNeeded { get; set; }

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

    /// <summary>The challenge for the browser: discoverable passkeys, so no e-mail address is asked.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        ModelState.Clear(); // the password form's fields are not part of this sign-in
        // The user store only sees this municipality's accounts, and the relying party is this
        // host: a passkey of another municipality is simply not found here.
        var assertion = await passkeys.AssertAsync(PasskeyCredential);
        if (assertion is null)
            return Refuse(l["Passkey.SignIn.Failed"]);
        var user = assertion.User;
        // The lockout stops password guessing; a passkey cannot be guessed, so it does not apply
        // here — otherwise anyone could lock staff out of their passkey with five wrong passwords.
        if (!await signIn.CanSignInAsync(user))
            return Refuse(l["SignIn.Failed"]);
        await signIn.UserManager.AddOrUpdatePasskeyAsync(user, assertion.Passkey); // the new signature count
        await signIn.UserManager.ResetAccessFailedCountAsync(user);
        await signIn.UserManager.SetLockoutEndDateAsync(user, null);
        // Something the person has (the device) and is or knows (fingerprint, face or PIN): two steps.
        await signIn.SignInWithClaimsAsync(user, isPersistent: true, [new Claim("amr", "mfa")]);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private PageResult Refuse(string message)
    {
        PasskeyCredential = null;
        ModelState.AddModelError(string.Empty, message);
        return this.InvalidPage();
    }

    public sealed class SignInInput
    {
        [Display(Name = "SignIn.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
        public string Email { get; set; } = "";

        [Display(Name = "SignIn.Password"), Required, StringLength(200)]
        public string Password { get; set; } = "";
    }
}
