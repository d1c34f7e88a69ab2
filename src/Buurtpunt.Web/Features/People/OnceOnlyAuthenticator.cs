using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Checks authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, 90 seconds either
/// way like Identity's own provider) on the app's <see cref="TimeProvider"/>, and takes each code
/// once: the step of the last code accepted is kept per account, and a code of that step or an
/// earlier one is refused, so a code seen over a shoulder or caught on the way is worth nothing.
/// Every check of a code goes through here: the sign-in's second step and turning two steps on.
/// </summary>
public sealed class OnceOnlyAuthenticator(TimeProvider time, AppDbContext db) : IUserTwoFactorTokenProvider<User>
{
    /// <summary>Kept as an Identity user token next to the authenticator key, as a zero-padded step number (so text order is number order).</summary>
    public const string LastStepToken = "AuthenticatorLastStep";
    private const string Store = "[AspNetUserStore]";
    private const int StepSeconds = 30, Tolerance = 2;

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        var secret = FromBase32(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = now - Tolerance; step <= now + Tolerance; step++)
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
                return await TakeAsync(user.Id, step);
        return false;
    }

    /// <summary>The app never makes codes: the person's authenticator does.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // Claimed in one conditional UPDATE, so two posts of the same code at once cannot both pass.
    private async Task<bool> TakeAsync(Guid userId, long step)
    {
        var value = step.ToString("D12", CultureInfo.InvariantCulture);
        var mine = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Store && t.Name == LastStepToken);
        if (await mine.Where(t => string.Compare(t.Value, value) < 0).ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, value)) == 1) return true;
        if (await mine.AnyAsync()) return false;
        // The account's first code: the key (user, provider, name) lets only one insert win.
        var first = new IdentityUserToken<Guid> { UserId = userId, LoginProvider = Store, Name = LastStepToken, Value = value };
        db.UserTokens.Add(first);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException e) when (e.IsViolated<IdentityUserToken<Guid>>(db,
            nameof(IdentityUserToken<Guid>.UserId), nameof(IdentityUserToken<Guid>.LoginProvider), nameof(IdentityUserToken<Guid>.Name)))
        {
            db.Entry(first).State = EntityState.Detached;
            return false;
        }
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.Replace(" ", "").TrimEnd('=').ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c);
            if (value < 0) continue;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}

public static class OnceOnlyAuthenticatorRegistration
{
    /// <summary>Registered after Identity's own token providers, whose authenticator it replaces.</summary>
    public static IServiceCollection AddOnceOnlyAuthenticator(this IServiceCollection services)
    {
        services.AddScoped<OnceOnlyAuthenticator>();
        return services.Configure<IdentityOptions>(o =>
            o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OnceOnlyAuthenticator)));
    }
}
