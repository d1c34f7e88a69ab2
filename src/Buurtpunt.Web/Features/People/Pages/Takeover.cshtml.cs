using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Pages;

/// <summary>
/// A resident takes over the account a worker kept for them: the printed code, then their own
/// e-mail address and password. The e-mail is confirmed by link as at registration; only then
/// does the desk stop keeping the account.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class TakeoverModel(AppDbContext db, UserManager<User> users, AccountMails mails, Audit audit, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TakeoverInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return this.InvalidPage();
        var hash = SignInLink.Hash(TakeoverCode.Normalise(Input.Code));
        var now = clock.UtcNow;
        var code = await db.TakeoverCodes.AsNoTracking()
            .Where(c => c.CodeHash == hash && c.UsedUtc == null && c.ExpiresUtc > now)
            .Select(c => new { c.Id, c.UserId }).SingleOrDefaultAsync(cancellationToken);
        var user = code is null ? null : await users.FindByIdAsync(code.UserId.ToString());
        if (code is null || user is null || !user.Assisted)
        {
            ModelState.AddModelError("Input.Code", l["Takeover.BadCode"]);
            return this.InvalidPage();
        }
        var email = Input.Email.Trim();
        foreach (var validator in users.PasswordValidators)
            foreach (var error in (await validator.ValidateAsync(users, user, Input.Password)).Errors)
                ModelState.AddModelError("Input.Password", IdentityMessages.For(l, error));
        // The holder of a valid code may learn that an address is taken: the code is the secret, not the address.
        if (await users.FindByEmailAsync(email) is { } other && other.Id != user.Id)
            ModelState.AddModelError("Input.Email", l["Takeover.EmailTaken"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two tabs with the same code: only one wins.
        var claimed = await db.TakeoverCodes.Where(c => c.Id == code.Id && c.UsedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedUtc, now), cancellationToken);
        if (claimed == 0)
        {
            ModelState.AddModelError("Input.Code", l["Takeover.BadCode"]);
            return this.InvalidPage();
        }
        user.UserName = email;
        user.Email = email;
        user.EmailConfirmed = false;
        var result = await users.UpdateAsync(user);
        // A second code after an unfinished take-over: the new password replaces the first.
        if (result.Succeeded && await users.HasPasswordAsync(user)) result = await users.RemovePasswordAsync(user);
        if (result.Succeeded) result = await users.AddPasswordAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("Input.Password", IdentityMessages.For(l, error));
            return this.InvalidPage();
        }
        audit.Add(AuditActions.TakenOver, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        mails.Confirm(user, $"/bevestigen?id={user.Id}&code={Uri.EscapeDataString(token)}");
        AddressProof.RememberRegistrant(HttpContext, user);
        return RedirectToPage("/People/Pages/MailSent");
    }

    public sealed class TakeoverInput
    {
        [Display(Name = "Takeover.Code"), Required, StringLength(40)]
        public string Code { get; set; } = "";

        [Display(Name = "SignIn.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254)]
        public string Email { get; set; } = "";

        [Display(Name = "Register.Password"), Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
        public string Password { get; set; } = "";
    }
}
