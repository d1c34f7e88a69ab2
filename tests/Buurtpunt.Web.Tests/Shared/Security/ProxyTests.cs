using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;

namespace Buurtpunt.Web.Tests.Shared.Security;

internal static class Attempts
{
    /// <summary>Six wrong sign-ins (the limit is five a minute) from the address the request claims to come for.</summary>
    public static async Task<HttpStatusCode> SixFromAsync(BuurtpuntFactory factory, string forwardedFor)
    {
        var client = factory.ClientFor();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
            last = await client.PostFormAsync("/aanmelden", [new("Input.Email", DemoSeeder.ResidentEmail), new("Input.Password", "fout wachtwoord " + i)]);
        return last!.StatusCode;
    }

    public static async Task<HttpStatusCode> OneFromAsync(BuurtpuntFactory factory, string forwardedFor)
    {
        var client = factory.ClientFor();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return (await client.PostFormAsync("/aanmelden", [new("Input.Email", DemoSeeder.ResidentEmail), new("Input.Password", "nog een fout")])).StatusCode;
    }
}

/// <summary>Behind a trusted proxy, each real client has its own limit.</summary>
public class TrustedProxyTests(ProxiedFactory factory) : IClassFixture<ProxiedFactory>
{
    [Fact]
    public async Task Clients_behind_a_known_proxy_are_limited_one_by_one()
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, await Attempts.SixFromAsync(factory, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.BadRequest, await Attempts.OneFromAsync(factory, "203.0.113.11"));
    }
}

/// <summary>Without a configured proxy the header is someone's claim and changes nothing.</summary>
public class UntrustedForwardedHeaderTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task A_made_up_forwarded_address_does_not_reset_the_limit()
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, await Attempts.SixFromAsync(factory, "203.0.113.20"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Attempts.OneFromAsync(factory, "203.0.113.21"));
    }
}

/// <summary>An IPv6 client owns a whole /64, so the limit counts the /64; an IPv4 address written as IPv6 is that IPv4 address.</summary>
public class AddressPrefixTests(ProxiedFactory factory) : IClassFixture<ProxiedFactory>
{
    [Fact]
    public async Task Addresses_of_one_IPv6_64_share_one_limit()
    {
        HttpStatusCode last = default;
        for (var i = 1; i <= 6; i++) last = await Attempts.OneFromAsync(factory, $"2001:db8:7:8:{i:x}::{i}");
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        Assert.Equal(HttpStatusCode.BadRequest, await Attempts.OneFromAsync(factory, "2001:db8:7:9::1"));
    }

    [Fact]
    public async Task An_IPv4_address_counts_the_same_written_as_IPv6()
    {
        for (var i = 0; i < 3; i++) await Attempts.OneFromAsync(factory, "203.0.113.40");
        for (var i = 0; i < 2; i++) await Attempts.OneFromAsync(factory, "::ffff:203.0.113.40");
        Assert.Equal(HttpStatusCode.TooManyRequests, await Attempts.OneFromAsync(factory, "::ffff:203.0.113.40"));
    }

    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void Partition_is_the_IPv4_address_or_the_IPv6_64(string address, string partition) =>
        Assert.Equal(partition, Web.Shared.Security.RateLimits.Partition(IPAddress.Parse(address)));
}
