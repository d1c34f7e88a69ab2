using System.Security.Cryptography;
using System.Text;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// A one-time link to sign in without a password. Only a hash of the token is stored, so a
/// copy of the database cannot be used to sign in; a link works once and for a short while.
/// </summary>
public class SignInLink : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? UsedUtc { get; private set; }

    public static (SignInLink Link, string Token) Create(Guid userId, DateTime nowUtc)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new SignInLink { UserId = userId, TokenHash = Hash(token), CreatedUtc = nowUtc, ExpiresUtc = nowUtc + Lifetime }, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool CanBeUsed(DateTime nowUtc) => UsedUtc is null && nowUtc < ExpiresUtc;

    public void Use(DateTime nowUtc)
    {
        if (!CanBeUsed(nowUtc)) throw new InvalidOperationException("This sign-in link was used or has expired.");
        UsedUtc = nowUtc;
    }
}
