using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
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
public class RegisterModel(UserManager<User> users, SignInManager<User> signIn, PasskeyCeremony passkeys, AppDbContext db,
    AccountMails mails, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>Filled by passkey.js with the browser's new passkey (navigator.credentials.create, as JSON).</summary>
    [BindProperty]
    public string? PasskeyCredential { get; set; }

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
        return await SendConfirmationAsync(user);
    }

    /// <summary>
    /// The first half of a sign-up with a passkey: the options for the browser, for a new account id.
    /// The answer is the same whether or not the address has an account.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        ModelState.Remove("Input.Password"); // no password on this path
        if (!ModelState.IsValid)
        {
            var problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            return new JsonResult(new { problems }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = Guid.NewGuid().ToString(),
            Name = Input.Email.Trim(),
            DisplayName = Input.DisplayName.Trim(),
        });
        return Content(options, "application/json");
    }

    /// <summary>The second half: the account is created with the checked passkey and no password, all or nothing.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        ModelState.Remove("Input.Password");
        if (!ModelState.IsValid) return this.InvalidPage();
        // Who the passkey is for comes from the options (kept in a protected cookie), not from the form.
        var attestation = await passkeys.AttestAsync(PasskeyCredential);
        if (attestation is null || !Guid.TryParse(attestation.Account.Id, out var id))
            return Refuse(l["Passkey.Register.Failed"]);
        var email = attestation.Account.Name;
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            mails.AlreadyRegistered(existing);
            return RedirectToPage("/People/Pages/MailSent");
        }
        var user = new People.User { Id = id, DisplayName = attestation.Account.DisplayName, UserName = email, Email = email };
        user.Roles.Add(new RoleGrant { Role = Role.Resident, GrantedUtc = clock.UtcNow });
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var result = await users.CreateAsync(user);
            if (result.Succeeded) result = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
            if (!result.Succeeded)
                return Refuse(string.Join(" ", result.Errors.Select(e => IdentityMessages.For(l, e))));
            await transaction.CommitAsync();
        }
        return await SendConfirmationAsync(user);
    }

    private async Task<IActionResult> SendConfirmationAsync(People.User user)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        mails.Confirm(user, $"/bevestigen?id={user.Id}&code={Uri.EscapeDataString(code)}");
        AddressProof.RememberRegistrant(HttpContext, user);
        return RedirectToPage("/People/Pages/MailSent");
    }

    private PageResult Refuse(string message)
    {
        PasskeyCredential = null;
        ModelState.AddModelError(string.Empty, message);
        return this.InvalidPage();
    }

    public sealed class RegisterInput
    {
        [Display(Name = "Register.Name"), Required, StringLength(People.User.DisplayNameMaxLength)]
        public string DisplayName { get; set; } = "";

        [Display(Name = "SignIn.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
        public string Email { get; set; } = "";

        [Display(Name = "Register.Password"), Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
        public string Password { get; set; } = "";
    }
}
