using System.Security.Claims;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Buurtpunt.Web.Shared.Security;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Profile;

/// <summary>Turning on two-step sign-in with an authenticator app (TOTP), with recovery codes.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class TwoStepModel(UserManager<User> users, SignInManager<User> signIn, CurrentMunicipality municipality, IStringLocalizer<SharedResource> l) : PageModel
{
    public bool Enabled { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string OtpAuthUri { get; private set; } = "";
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty] public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await RequireTwoStepForStaff.MayChangeSecondStepsAsync(User, users, user))
        {
            ModelState.AddModelError(nameof(Code), l["Passkey.NeedsTwoStep"]);
            await LoadAsync(user);
            return this.InvalidPage();
        }
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), l["TwoStep.Wrong"]);
            await LoadAsync(user);
            return this.InvalidPage();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        // The person just proved they hold the authenticator: this session counts as two-step.
        await signIn.SignInWithClaimsAsync(user, isPersistent: true, [new Claim("amr", "mfa")]);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled) return Challenge();
        if (!User.HasClaim("amr", "mfa")) return RedirectToPage("/People/Pages/SignIn");
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(User user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // a new key changes the security stamp: keep this session
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        FormattedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString(municipality.Info?.Name ?? "Buurtpunt");
        OtpAuthUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={issuer}&digits=6";
    }
}
