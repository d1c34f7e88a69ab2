using System.Security.Claims;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.People.Profile;

/// <summary>The person's passkeys: listed, added (through passkey.js), renamed and removed.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class PasskeysModel(UserManager<User> users, SignInManager<User> signIn, PasskeyCeremony passkeys, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Row(string Id, string? Name, LocalDate Added);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Filled by passkey.js with the browser's new passkey (navigator.credentials.create, as JSON).</summary>
    [BindProperty]
    public string? PasskeyCredential { get; set; }

    /// <summary>The name for a new passkey; optional.</summary>
    [BindProperty]
    public string? NewName { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>The options for the browser to make a passkey for this account; its passkeys are excluded.</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await ProblemWithAddingAsync(user) is { } problem)
            return new JsonResult(new { problems = new[] { problem } }) { StatusCode = StatusCodes.Status400BadRequest };
        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id.ToString(),
            Name = user.Email ?? user.DisplayName,
            DisplayName = user.DisplayName,
        });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await ProblemWithAddingAsync(user) is { } problem)
            return await RefuseAsync(user, problem);
        var firstSecondStep = !user.TwoFactorEnabled && (await users.GetPasskeysAsync(user)).Count == 0;
        var attestation = await passkeys.AttestAsync(PasskeyCredential);
        // The options were made for this account; a ceremony started for another one does not count here.
        if (attestation is null || attestation.Account.Id != user.Id.ToString())
            return await RefuseAsync(user, l["Passkey.AddFailed"]);
        attestation.Passkey.Name = NewName?.Trim() is { Length: > 0 } name ? name : null;
        var result = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        if (!result.Succeeded)
            return await RefuseAsync(user, l["Passkey.AddFailed"]);
        // As with an authenticator app: the person just proved they hold the device, with its
        // fingerprint, face or PIN, so a session that set up its first second step counts as two steps.
        if (firstSecondStep && !RequireTwoStepForStaff.SignedInWithTwoSteps(User))
            await signIn.SignInWithClaimsAsync(user, isPersistent: true, [new Claim("amr", "mfa")]);
        TempData["Notice"] = "Passkey.AddedNotice";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync(string? id, string? name)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await FindAsync(user, id) is not { } passkey) return NotFound();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
            return await RefuseAsync(user, l["Validation.Required", l["Passkey.Name"]]);
        if (name.Length > Passkeys.NameMaxLength)
            return await RefuseAsync(user, l["Validation.MaxLength", l["Passkey.Name"], Passkeys.NameMaxLength]);
        passkey.Name = name;
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        TempData["Notice"] = "Passkey.Renamed";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await FindAsync(user, id) is not { } passkey) return NotFound();
        if (!await RequireTwoStepForStaff.MayChangeSecondStepsAsync(User, users, user))
            return await RefuseAsync(user, l["Passkey.NeedsTwoStep"]);
        // Without a password, the last passkey is the only way in.
        if (!await users.HasPasswordAsync(user) && (await users.GetPasskeysAsync(user)).Count == 1)
            return await RefuseAsync(user, l["Passkey.LastWithoutPassword"]);
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        // The passkey may be on a lost device: sessions elsewhere end at their next check; this one stays.
        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Passkey.Removed";
        return RedirectToPage();
    }

    private async Task<string?> ProblemWithAddingAsync(User user)
    {
        if (!await RequireTwoStepForStaff.MayChangeSecondStepsAsync(User, users, user))
            return l["Passkey.NeedsTwoStep"];
        if (NewName?.Trim().Length > Passkeys.NameMaxLength)
            return l["Validation.MaxLength", l["Passkey.Name"], Passkeys.NameMaxLength];
        if ((await users.GetPasskeysAsync(user)).Count >= Passkeys.MaxPerAccount)
            return l["Passkey.TooMany", Passkeys.MaxPerAccount];
        return null;
    }

    /// <summary>Only the signed-in person's own passkeys are found: any other id is unknown here.</summary>
    private async Task<UserPasskeyInfo?> FindAsync(User user, string? id) =>
        Passkeys.ParseId(id) is { } credentialId ? await users.GetPasskeyAsync(user, credentialId) : null;

    private async Task<IActionResult> RefuseAsync(User user, string message)
    {
        PasskeyCredential = null;
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(user);
        return this.InvalidPage();
    }

    private async Task LoadAsync(User user) =>
        Rows = (await users.GetPasskeysAsync(user))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new Row(Passkeys.IdText(p.CredentialId), p.Name, Instant.FromDateTimeOffset(p.CreatedAt).InZone(MunicipalClock.Zone).Date))
            .ToList();
}
