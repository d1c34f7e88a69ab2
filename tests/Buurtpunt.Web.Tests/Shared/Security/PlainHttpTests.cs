using System.Net;
using Buurtpunt.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Shared.Security;

/// <summary>As deployed: Production, secure-only cookies, behind a TLS proxy at 127.0.0.1 that may be trusted or not.</summary>
public class ProductionFactory : BuurtpuntFactory
{
    protected virtual bool TrustsProxy => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        if (!TrustsProxy) return;
        builder.UseSetting("ForwardedHeaders:KnownProxies", "127.0.0.1");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ProxiedFactory.FromLoopback>());
    }

    /// <summary>A client that reaches the app over plain HTTP, as a proxy (or a person) would.</summary>
    public HttpClient PlainClient(string? forwardedProto = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return client;
    }
}

public sealed class TrustedProxyProductionFactory : ProductionFactory
{
    protected override bool TrustsProxy => true;
}

/// <summary>Plain HTTP with secure-only cookies gets a page that says what to configure, never a 500.</summary>
public class PlainHttpTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task A_form_over_plain_HTTP_answers_with_the_translated_notice_not_500()
    {
        var response = await factory.PlainClient().GetAsync("/aanmelden", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Equal("Deze site werkt alleen via een beveiligde verbinding", page.H1());
        Assert.Contains("ForwardedHeaders:KnownProxies", page.Text());
        Assert.Equal("https://localhost/aanmelden", page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.False(response.Headers.Contains("Set-Cookie"));

        var french = await (await factory.PlainClient().GetAsync("/aanmelden?taal=fr-BE", TestContext.Current.CancellationToken)).ReadAsync();
        Assert.Equal("Ce site ne fonctionne que par une connexion sécurisée", french.H1());
    }

    [Fact]
    public async Task A_post_over_plain_HTTP_gets_the_notice_too()
    {
        var response = await factory.PlainClient().PostAsync("/aanmelden", new FormUrlEncodedContent([new("Input.Email", "a@b.example")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Deze site werkt alleen via een beveiligde verbinding", (await response.ReadAsync()).H1());
    }

    [Fact]
    public async Task Health_still_answers_over_plain_HTTP() =>
        Assert.Equal(HttpStatusCode.OK, (await factory.PlainClient().GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);

    [Fact]
    public async Task Over_HTTPS_the_form_is_served()
    {
        var page = await factory.ClientFor().GetPageAsync("/aanmelden");
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task An_untrusted_forwarded_proto_changes_nothing() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.PlainClient("https").GetAsync("/aanmelden", TestContext.Current.CancellationToken)).StatusCode);
}

public class TrustedProxyPlainHttpTests(TrustedProxyProductionFactory factory) : IClassFixture<TrustedProxyProductionFactory>
{
    [Fact]
    public async Task Behind_a_trusted_TLS_proxy_the_form_is_served_and_works()
    {
        var client = factory.PlainClient("https");
        var page = await client.GetPageAsync("/aanmelden");
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
    }
}
