using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// The one rule for the first proof of an e-mail address (the confirmation link, a sign-in link, a
/// password-reset link of an unconfirmed account). Anyone can register someone else's address and set a
/// password or passkey on it; whoever opens the mail is the owner. So at that first proof the sign-in means
/// set before it go — password, passkeys, authenticator and recovery codes, outside logins — and a new
/// security stamp ends every other session. Only when the browser that opens the link is the very
/// browser that registered (a protected cookie bound to the account) were those means set by the
/// mailbox owner, and they stay. A change of address on a proven account (ConfirmNewEmail) is no first
/// proof: its owner keeps their means.
/// </summary>
public static class AddressProof
{
    private const string CookieName = ".Buurtpunt.Registrant";
    private const string Purpose = "Buurtpunt.AddressProof.Registrant";
    // Identity's own names for the authenticator key and recovery codes (private in UserStoreBase).
    private const string IdentityTokens = "[AspNetUserStore]";

    /// <summary>Marks this browser as the one that just registered (or took over) the account.</summary>
    public static void RememberRegistrant(HttpContext http, User user) =>
        http.Response.Cookies.Append(CookieName, Protector(http).Protect($"{user.Id:N}|{user.SecurityStamp}"), new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true,
            MaxAge = TimeSpan.FromDays(2),
        });

    /// <summary>Whether this request comes from the browser that registered the account, with nothing changed since.</summary>
    public static bool IsRegistrant(HttpContext http, User user)
    {
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } value) return false;
        try
        {
            return Protector(http).Unprotect(value) == $"{user.Id:N}|{user.SecurityStamp}";
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// Confirms the address. Unless <paramref name="keepMeans"/> (the registrant's own browser), the
    /// sign-in means set before this proof are removed first, so a failure halfway leaves nothing usable.
    /// Already confirmed: nothing changes.
    /// </summary>
    public static async Task<IdentityResult> ProveFirstAsync(this UserManager<User> users, User user, bool keepMeans = false)
    {
        if (user.EmailConfirmed) return IdentityResult.Success;
        if (!keepMeans)
        {
            var steps = new List<Func<Task<IdentityResult>>>();
            if (await users.HasPasswordAsync(user)) steps.Add(() => users.RemovePasswordAsync(user));
            foreach (var passkey in await users.GetPasskeysAsync(user))
                steps.Add(() => users.RemovePasskeyAsync(user, passkey.CredentialId));
            foreach (var login in await users.GetLoginsAsync(user))
                steps.Add(() => users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey));
            steps.Add(() => users.RemoveAuthenticationTokenAsync(user, IdentityTokens, "AuthenticatorKey"));
            steps.Add(() => users.RemoveAuthenticationTokenAsync(user, IdentityTokens, "RecoveryCodes"));
            if (user.TwoFactorEnabled) steps.Add(() => users.SetTwoFactorEnabledAsync(user, false));
            foreach (var step in steps)
                if (await step() is { Succeeded: false } failed) return failed;
        }
        user.EmailConfirmed = true;
        user.Assisted = false; // a taken-over account is the resident's own once the address is proven
        return await users.UpdateSecurityStampAsync(user);
    }

    private static IDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
