using Microsoft.AspNetCore.Builder;
using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Buurtpunt.Testing;

/// <summary>
/// The app as it runs, on its own fresh database with the demo seeded (SQLite file, or real
/// PostgreSQL when BUURTPUNT_TEST_DB=Postgres). One factory per test class.
/// </summary>
public class BuurtpuntFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();

    public SqlCounter Sql { get; } = new();

    /// <summary>The app's clock; tests may move it forward. Starts on a Monday, 09:30 in Brussels (winter time).</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The real SMTP sink the app sends to, when the factory uses mail.</summary>
    public MailSink? Mail { get; }

    public BuurtpuntFactory()
    {
        Clock = new FakeTimeProvider(StartTime);
        if (UsesMail) Mail = new MailSink();
    }

    protected virtual bool UsesMail => false;
    protected virtual int SignInAttemptsPerMinute => 1000;

    protected virtual DateTimeOffset StartTime => new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    public string Provider => _database.Provider;
    public string DataPath => _database.DataPath;
    public string ConnectionString => _database.ConnectionString;

    /// <summary>How long a SQLite write waits for another writer; null: the app's default.</summary>
    protected virtual int? BusyTimeoutSeconds => null;

    protected virtual int DemoScale => 1;
    protected virtual bool OutputCache => false;
    protected virtual string TileUrl => "";
    protected virtual bool SecureCookies => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Buurtpunt", _database.ConnectionString);
        builder.UseSetting("Storage:DataPath", _database.DataPath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Scale", DemoScale.ToString());
        builder.UseSetting("OutputCache:Enabled", OutputCache.ToString());
        builder.UseSetting("Map:TileUrl", TileUrl);
        builder.UseSetting("Security:SecureCookies", SecureCookies.ToString());
        builder.UseSetting("RateLimits:SignInPerMinute", SignInAttemptsPerMinute.ToString());
        builder.UseSetting("RateLimits:PostsPerMinute", "10000");
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", (Mail?.Port ?? 9).ToString()); // 9: discard; mail is not looked at
        builder.UseSetting("Mail:Security", "None");
        builder.UseSetting("Mail:MaxAttempts", "1");
        if (BusyTimeoutSeconds is { } busy) builder.UseSetting("Database:BusyTimeoutSeconds", busy.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Sql));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Sql));
        });
    }

    /// <summary>A client for one municipality's host, without following redirects (tests assert them).</summary>
    public HttpClient ClientFor(string host = "localhost") => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"https://{host}"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Runs a query against the database as a given municipality (or none: no filter).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
        Mail?.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The app on a real Kestrel port for the browser: plain HTTP on loopback (so cookies are not
/// secure-only), and map tiles from the app itself so the map script runs without the internet.
/// </summary>
public class KestrelFactory : BuurtpuntFactory
{
    public KestrelFactory() => UseKestrel(0);

    protected override bool SecureCookies => false;
    protected override bool UsesMail => true;
    protected override string TileUrl => "/tegels/{z}/{x}/{y}.png";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, KestrelFactory> Running = new();

    /// <summary>The address of a municipality's host on the running server, e.g. http://tweede.localhost:41234.</summary>
    public string Url(string host = "localhost")
    {
        StartServer();
        var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        Running[port] = this;
        return $"http://{host}:{port}";
    }

    /// <summary>The app behind an address <see cref="Url"/> gave (browser steps know the page, not the app, yet need its clock).</summary>
    public static KestrelFactory ServingAt(string url) => Running[new Uri(url).Port];
}

public sealed class ScaledFactory10 : BuurtpuntFactory
{
    protected override int DemoScale => 10;
}

/// <summary>Tuesday 10:15 in Brussels: the demo points are open (09:00–12:00).</summary>
public sealed class TuesdayMorningFactory : BuurtpuntFactory
{
    protected override DateTimeOffset StartTime => new(2026, 11, 24, 9, 15, 0, TimeSpan.Zero);
}

/// <summary>Tuesday 12:15 in Brussels: the morning opening has just ended.</summary>
public sealed class TuesdayNoonFactory : BuurtpuntFactory
{
    protected override DateTimeOffset StartTime => new(2026, 11, 24, 11, 15, 0, TimeSpan.Zero);
}

/// <summary>With a real SMTP sink, for the account flows that send mail.</summary>
public sealed class MailFactory : BuurtpuntFactory
{
    protected override bool UsesMail => true;
}

/// <summary>With the production-like limit on sign-in attempts.</summary>
public sealed class RateLimitedFactory : BuurtpuntFactory
{
    protected override int SignInAttemptsPerMinute => 5;
}

/// <summary>For tests that make the database fail: a write gives up after one second on a locked SQLite file.</summary>
public sealed class DatabaseFailureFactory : BuurtpuntFactory
{
    protected override int? BusyTimeoutSeconds => 1;
}

public sealed class CachingFactory : BuurtpuntFactory
{
    protected override bool OutputCache => true;
}

/// <summary>
/// Behind a reverse proxy at 127.0.0.1 that the app is told to trust. The test server has no
/// client address of its own, so every request is made to come from that proxy.
/// </summary>
public sealed class ProxiedFactory : BuurtpuntFactory
{
    protected override int SignInAttemptsPerMinute => 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies", "127.0.0.1");
        builder.ConfigureTestServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, FromLoopback>());
    }

    /// <summary>Makes every request come from 127.0.0.1, where the trusted proxy is.</summary>
    public sealed class FromLoopback : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
