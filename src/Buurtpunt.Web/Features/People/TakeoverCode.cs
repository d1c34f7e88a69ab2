using System.Security.Cryptography;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// A printed code with which an assisted resident takes over their account. Only its hash is
/// stored; a new code voids the previous one; it works once and for <see cref="Lifetime"/>.
/// </summary>
public class TakeoverCode : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    /// <summary>No 0/O, 1/I/L: read off paper and typed by someone who is not used to codes.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /// <summary>16 of 31 symbols ≈ 79 bits: out of reach of guessing, even against a leaked hash within the 30 days.</summary>
    private const int Length = 16;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Guid UserId { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? UsedUtc { get; set; }

    public static (TakeoverCode Code, string Plain) Create(Guid userId, DateTime nowUtc)
    {
        var plain = RandomNumberGenerator.GetString(Alphabet, Length);
        return (new TakeoverCode { UserId = userId, CodeHash = SignInLink.Hash(plain), CreatedUtc = nowUtc, ExpiresUtc = nowUtc + Lifetime }, plain);
    }

    /// <summary>In groups of four, as printed: ABCD-EFGH-JKMN-PQRS.</summary>
    public static string Format(string plain) => string.Join('-', plain.Chunk(4).Select(c => new string(c)));

    /// <summary>What the person typed, with spaces, dashes and lower case forgiven.</summary>
    public static string Normalise(string typed) =>
        new(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
