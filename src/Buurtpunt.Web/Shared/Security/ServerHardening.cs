using System.Security.Cryptography.X509Certificates;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Printing;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Buurtpunt.Web.Shared.Security;

/// <summary>
/// What the server itself gives away or keeps: no <c>Server</c> header (it only tells an attacker what
/// to aim at); data-protection keys (they sign every cookie) encrypted at rest with a certificate
/// (<c>DataProtection:CertificatePath</c>, <c>:CertificatePassword</c>: Linux has no DPAPI); and,
/// when cookies are secure-only, a clear page instead of an error for a request over plain HTTP.
/// </summary>
public static class ServerHardening
{
    public static IServiceCollection AddServerHardening(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        var keys = services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, environment)))
            .SetApplicationName("Buurtpunt");
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration["DataProtection:CertificatePassword"]));
        return services;
    }

    /// <summary>
    /// Logs at start what is unsafe, and answers requests over plain HTTP with <see cref="PlainHttpNotice"/>
    /// when cookies are secure-only. After the language is known, so the notice is in the reader's language.
    /// </summary>
    public static void UseServerHardening(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerHardening));
        if (string.IsNullOrEmpty(app.Configuration["DataProtection:CertificatePath"]) && !app.Environment.IsDevelopment())
            logger.LogWarning("Data-protection keys are stored unencrypted in {Folder}: set DataProtection:CertificatePath (see the README, Production)",
                KeysFolder(app.Configuration, app.Environment));
        if (SecureCookies.Policy(app.Configuration, app.Environment) != CookieSecurePolicy.Always) return;
        var proxied = Proxies.AnyTrusted(app.Configuration);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var plain = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Any(a => a.StartsWith("http://", StringComparison.Ordinal)) == true;
            if (plain && !proxied)
                logger.LogWarning("The app listens on plain HTTP and trusts no proxy, but its cookies are secure-only: browsers get a page asking for HTTPS. "
                    + "Behind a TLS proxy, set ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks (see the README, Production)");
        });
        var notice = new PlainHttpNotice(app.Services.GetRequiredService<ChromiumPdf>(), logger);
        app.Use(notice.InvokeAsync);
    }

    private static string KeysFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.Combine(DataFolder.Resolve(configuration, environment), "keys");
}
