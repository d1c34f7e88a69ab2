using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.RateLimiting;

namespace Buurtpunt.Web.Shared.Security;

/// <summary>
/// Slows down guessing and mail bombing: a tight limit per address on everything that signs in
/// or sends mail, a wider one on every other form. Exceeding it shows the translated 429 page.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var postsPerMinute = configuration.GetValue("RateLimits:PostsPerMinute", 60);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading the sign-in page is free; only the attempts count.
            o.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(Client(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads"));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || context.Request.Path.StartsWithSegments("/fout")
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(Client(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    // Per client and municipality: the municipality, not the raw Host header, so that
    // inventing host names (served when only one municipality exists) does not reset the count.
    private static string Client(HttpContext context) =>
        $"{Partition(context.Connection.RemoteIpAddress)}|{context.RequestServices.GetRequiredService<CurrentMunicipality>().Id}";

    /// <summary>
    /// What one client counts as: an IPv4 address, or an IPv6 address's /64 — a home or server gets a
    /// whole /64, so counting single IPv6 addresses would give an attacker billions of fresh counts.
    /// An IPv4 address written as IPv6 (::ffff:a.b.c.d, on a dual-stack socket) is that IPv4 address.
    /// </summary>
    public static string Partition(IPAddress? address)
    {
        if (address is null) return "local";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return $"{new IPAddress(network)}/64";
    }
}
