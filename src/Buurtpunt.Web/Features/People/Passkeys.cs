using System.Buffers.Text;
using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Passkeys (WebAuthn) through ASP.NET Core Identity: Identity makes the options and checks every
/// signature; this class holds our choices and keeps bad input a 400, never an exception.
/// </summary>
public static class Passkeys
{
    public const int NameMaxLength = 60;
    /// <summary>Enough for every device a person owns; a bound on what the passkeys page loads.</summary>
    public const int MaxPerAccount = 20;

    /// <summary>A browser's credential JSON is one to a few kilobytes; anything far larger is not one.</summary>
    public const int CredentialMaxLength = 16 * 1024;

    public static IServiceCollection AddPasskeys(this IServiceCollection services)
    {
        services.Configure<IdentityPasskeyOptions>(o =>
        {
            // No fixed domain: the relying party is the request's host, so a passkey made on one
            // municipality's host is never offered to, nor accepted by, another's.
            o.ServerDomain = null;
            // Discoverable and verified (fingerprint, face or PIN): sign-in needs no e-mail address,
            // and the passkey alone is two steps.
            o.ResidentKeyRequirement = "required";
            o.UserVerificationRequirement = "required";
            o.AuthenticatorTimeout = TimeSpan.FromMinutes(3);
            o.ValidateOrigin = context => ValueTask.FromResult(IsOwnOrigin(context));
        });
        services.AddScoped<PasskeyCeremony>();
        return services;
    }

    /// <summary>
    /// The browser's origin must be this very host. Identity's default compares it with the Origin
    /// header instead, which a proxy may rewrite; the host is what the relying party id is built from.
    /// </summary>
    private static bool IsOwnOrigin(PasskeyOriginValidationContext context) =>
        !context.CrossOrigin
        && Uri.TryCreate(context.Origin, UriKind.Absolute, out var origin)
        && (origin.Scheme == Uri.UriSchemeHttps || origin.Scheme == Uri.UriSchemeHttp)
        && string.Equals(origin.Host, context.HttpContext.Request.Host.Host, StringComparison.OrdinalIgnoreCase);

    /// <summary>How a credential id appears in pages and forms: base64url, as WebAuthn writes it.</summary>
    public static string IdText(byte[] credentialId) => Base64Url.EncodeToString(credentialId);

    public static byte[]? ParseId(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2048) return null;
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>
/// The server half of the two WebAuthn ceremonies. Identity keeps the challenge in a short-lived
/// cookie and throws when none is under way (options never asked for, or already used): that and
/// every malformed, foreign or oversized credential come back as null, for the page to answer 400.
/// </summary>
public sealed class PasskeyCeremony(SignInManager<User> signIn, AppDbContext db, ILogger<PasskeyCeremony> logger)
{
    /// <summary>A checked new passkey, and the account the options were made for.</summary>
    public sealed record NewPasskey(UserPasskeyInfo Passkey, PasskeyUserEntity Account);

    /// <summary>A checked passkey sign-in: the passkey with its new signature count, and its account.</summary>
    public sealed record UsedPasskey(UserPasskeyInfo Passkey, User User);

    public async Task<NewPasskey?> AttestAsync(string? credentialJson)
    {
        if (!IsPlausible(credentialJson)) return null;
        try
        {
            var result = await signIn.PerformPasskeyAttestationAsync(credentialJson!);
            // Identity checks that no account of this municipality has the credential; the table's
            // key spans all municipalities, so a crafted copy of another one's id is refused here.
            if (result is { Succeeded: true, Passkey: { } passkey, UserEntity: { } account }
                && !await db.UserPasskeys.AnyAsync(p => p.CredentialId == passkey.CredentialId))
                return new NewPasskey(passkey, account);
        }
        catch (InvalidOperationException)
        {
        }
        logger.LogInformation("A passkey was not accepted for registration");
        return null;
    }

    public async Task<UsedPasskey?> AssertAsync(string? credentialJson)
    {
        if (!IsPlausible(credentialJson)) return null;
        try
        {
            var result = await signIn.PerformPasskeyAssertionAsync(credentialJson!);
            if (result is { Succeeded: true, Passkey: { } passkey, User: { } user }) return new UsedPasskey(passkey, user);
        }
        catch (InvalidOperationException)
        {
        }
        logger.LogInformation("A passkey was not accepted for sign-in");
        return null;
    }

    private static bool IsPlausible(string? credentialJson) =>
        !string.IsNullOrWhiteSpace(credentialJson) && credentialJson.Length <= Passkeys.CredentialMaxLength;
}

/// <summary>
/// A button that runs a ceremony in the browser (passkey.js): "create" or "get", the page handler that
/// hands out the options, its label, the message when the browser gives no passkey, and the handler
/// the form then posts to when it is not the form's own.
/// </summary>
public sealed record PasskeyButton(string Action, string OptionsUrl, string Label, string FailedMessage, string? SubmitUrl = null);
