using Buurtpunt.Web.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Buurtpunt.Web.Features.People.Pages;

/// <summary>
/// The link from the confirmation mail. Opened in the browser that registered, it confirms at once and
/// the account keeps its password or passkey. Opened anywhere else, a button confirms (mail scanners
/// that open links change nothing), the means someone set before are removed (<see cref="AddressProof"/>)
/// and the mailbox owner chooses a password of their own.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class ConfirmEmailModel(UserManager<User> users) : PageModel
{
    public enum Outcome { Failed, Ask, Confirmed }

    public Outcome State { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? code)
    {
        var user = await ValidAsync(id, code);
        if (user is not null && AddressProof.IsRegistrant(HttpContext, user))
            return await ConfirmAsync(user, keepMeans: true);
        return Show(user is null ? Outcome.Failed : Outcome.Ask);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, string? code)
    {
        var user = await ValidAsync(id, code);
        return user is null ? Show(Outcome.Failed) : await ConfirmAsync(user, AddressProof.IsRegistrant(HttpContext, user));
    }

    private async Task<IActionResult> ConfirmAsync(User user, bool keepMeans)
    {
        var first = !user.EmailConfirmed;
        if (!(await users.ProveFirstAsync(user, keepMeans)).Succeeded) return Show(Outcome.Failed);
        if (!first || keepMeans) return Show(Outcome.Confirmed);
        // The means are gone: the owner of the mailbox picks a password now (the stamp changed, so a fresh code).
        var reset = await users.GeneratePasswordResetTokenAsync(user);
        TempData["Notice"] = "Confirm.ChoosePassword";
        return Redirect($"/wachtwoord-herstellen?id={user.Id}&code={Uri.EscapeDataString(reset)}");
    }

    // The user store sees only this municipality's accounts: a link of another one fails here.
    private async Task<User?> ValidAsync(Guid? id, string? code)
    {
        var user = id is null || string.IsNullOrEmpty(code) ? null : await users.FindByIdAsync(id.Value.ToString());
        return user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider,
            UserManager<User>.ConfirmEmailTokenPurpose, code!) ? user : null;
    }

    private PageResult Show(Outcome state)
    {
        State = state;
        if (state == Outcome.Failed) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
