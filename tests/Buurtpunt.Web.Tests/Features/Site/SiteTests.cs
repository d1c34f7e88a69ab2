using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Xml.Linq;
using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Features.Site;

public class SiteTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Sitemap_lists_every_public_page_of_the_host_municipality_only()
    {
        var xml = XDocument.Parse(await factory.ClientFor().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://localhost/", urls);
        Assert.Contains("https://localhost/gebied/runkelen", urls);
        Assert.Contains("https://localhost/punt/buurtpunt-centrum", urls);
        Assert.Contains("https://localhost/privacy", urls);
        // home, agenda, privacy, accessibility, FAQ; areas with their news and agenda; points with their questions, FAQ and agenda;
        // Centrum's news; two published items; the activity dates of the next two months; the calls page and the demo's two calls;
        // the showcase and the demo's three realised projects
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var dates = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters()
            .CountAsync(o => o.MunicipalityId == db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.Host == "localhost").Select(h => h.MunicipalityId).First() && o.EndUtc >= now && o.StartUtc < now.AddDays(62)));
        Assert.InRange(dates, 10, 100);
        Assert.Equal(5 + 4 * 3 + 4 * 4 + 1 + 2 + dates + 3 + 1 + 3, urls.Count);
        Assert.Contains("https://localhost/oproepen", urls);
        Assert.Contains(urls, u => u.StartsWith("https://localhost/activiteit/"));
        Assert.DoesNotContain(urls, u => u.Contains("vlotgras"));
        foreach (var url in urls)
            Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync(new Uri(url).PathAndQuery)).StatusCode);

        var second = await factory.ClientFor("tweede.localhost").GetStringAsync("/sitemap.xml");
        Assert.Contains("https://tweede.localhost/punt/buurtpunt-vlotgras", second);
        Assert.DoesNotContain("runkelen", second);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_admin_and_points_to_the_sitemap()
    {
        var robots = await factory.ClientFor().GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /beheer", robots);
        Assert.Contains("Sitemap: https://localhost/sitemap.xml", robots);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/punt/dorpspunt-runkelen")]
    [InlineData("/bestaat-niet")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await factory.ClientFor().GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Sign_in_and_anti_forgery_cookies_are_secure_http_only_and_same_site()
    {
        var client = factory.ClientFor();
        var signIn = await client.GetAsync("/aanmelden");
        var antiforgery = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("buurtpunt.af="));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);

        var response = await client.PostFormAsync("/aanmelden", [new("Input.Email", Web.Features.Demo.DemoSeeder.ResidentEmail), new("Input.Password", Web.Features.Demo.DemoSeeder.Password)]);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("buurtpunt.auth="));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Public_pages_set_no_cookie_for_anonymous_visitors()
    {
        var response = await factory.ClientFor().GetAsync("/");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Errors_never_show_a_stack_trace()
    {
        var response = await factory.ClientFor().GetAsync("/fout/500");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Equal("Er ging iets mis bij ons", page.H1());
        Assert.DoesNotContain("Exception", page.Text());
    }

    [Fact]
    public async Task Page_has_one_h1_landmarks_and_a_skip_link()
    {
        var page = await factory.ClientFor().GetPageAsync("/punt/dorpspunt-runkelen");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#inhoud"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal("#inhoud", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][media=print]"));
    }
}
