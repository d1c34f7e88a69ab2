using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Buurtpunt.Web.Shared.Security;

/// <summary>
/// Behind a reverse proxy the client's address, scheme and host arrive in X-Forwarded-* headers.
/// They are believed only from the proxies named in <c>ForwardedHeaders:KnownProxies</c> (IP
/// addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR); with neither set they are ignored,
/// so nobody can dodge the rate limits or fake HTTPS by sending the headers themselves.
/// </summary>
public static class Proxies
{
    public static IServiceCollection AddProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration, "ForwardedHeaders:KnownProxies");
        var networks = List(configuration, "ForwardedHeaders:KnownNetworks");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            o.ForwardLimit = Math.Max(1, proxies.Count + networks.Count);
        });
        return services;
    }

    /// <summary>First in the pipeline, so that tenancy, rate limits and cookies see the real client.</summary>
    public static void UseProxies(this WebApplication app)
    {
        if (AnyTrusted(app.Configuration))
            app.UseForwardedHeaders();
    }

    /// <summary>Whether any proxy is trusted to tell the client's address and scheme.</summary>
    public static bool AnyTrusted(IConfiguration configuration) =>
        List(configuration, "ForwardedHeaders:KnownProxies").Count + List(configuration, "ForwardedHeaders:KnownNetworks").Count > 0;

    // Accepts a configuration array (KnownProxies:0, :1 …) or one comma-separated value (an environment variable).
    private static List<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
    }
}
