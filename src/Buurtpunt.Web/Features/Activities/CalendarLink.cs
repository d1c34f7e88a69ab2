using System.Security.Cryptography;
using System.Text;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>
/// A person's private calendar link (/agenda/mijn/{token}.ics) to their registrations. Only a hash
/// of the token is kept; the link is shown once. Making a new one or revoking it ends the old one.
/// </summary>
public class CalendarLink : ITenantOwned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>A new random token (256 bits, URL-safe) and its hash.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
