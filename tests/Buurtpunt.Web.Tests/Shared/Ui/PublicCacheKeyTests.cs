using System.Net;
using System.Text.RegularExpressions;
using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Shared.Ui;

/// <summary>The public cache varies by the query keys a page reads, and by nothing a visitor makes up.</summary>
public partial class PublicCacheKeyTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    private async Task<int> QueriesAsync(HttpClient client, string url)
    {
        factory.Sql.Reset();
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        return factory.Sql.Count;
    }

    [Fact]
    public async Task Every_cached_public_page_and_feed_ignores_a_made_up_query_key()
    {
        var visitor = factory.ClientFor();
        var sitemap = await (await visitor.GetAsync("/sitemap.xml", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string First(string prefix) => Regex.Match(sitemap, $"https://localhost({Regex.Escape(prefix)}\\d+)<").Groups[1].Value;
        var urls = new[]
        {
            "/", "/gebied/runkelen", "/punt/dorpspunt-runkelen", "/agenda", "/gebied/runkelen/agenda", "/punt/dorpspunt-runkelen/agenda",
            First("/activiteit/"), "/privacy", "/toegankelijkheid", "/punt/dorpspunt-runkelen/vragen", "/veelgestelde-vragen",
            "/punt/dorpspunt-runkelen/faq", "/gebied/runkelen/nieuws", "/punt/dorpspunt-runkelen/nieuws", First("/nieuws/"),
            "/gebied/runkelen/nieuws.atom", "/agenda.ics", "/gebied/runkelen/agenda.ics", "/gebied/runkelen/brochure?van=2026-11-23&tot=2026-12-31",
            "/sitemap.xml",
        };
        foreach (var url in urls)
        {
            await QueriesAsync(visitor, url);
            var separator = url.Contains('?') ? '&' : '?';
            Assert.True(await QueriesAsync(visitor, $"{url}{separator}x{Guid.NewGuid():N}=1&utm_source=nieuwsbrief") == 0, $"{url} was made again for a made-up key");
        }
    }

    [Fact]
    public async Task A_key_the_page_reads_still_makes_its_own_page()
    {
        var visitor = factory.ClientFor();
        await QueriesAsync(visitor, "/agenda");
        Assert.NotEqual(0, await QueriesAsync(visitor, "/agenda?weergave=lijst"));
        Assert.NotEqual(0, await QueriesAsync(visitor, "/agenda?soort=Workshop&gratis=true"));
        await QueriesAsync(visitor, "/punt/dorpspunt-runkelen/vragen");
        Assert.NotEqual(0, await QueriesAsync(visitor, "/punt/dorpspunt-runkelen/vragen?pagina=2"));
        await QueriesAsync(visitor, "/agenda.ics");
        Assert.NotEqual(0, await QueriesAsync(visitor, "/agenda.ics?gratis=true"));
        // Key names are read without regard to case, as model binding reads them.
        Assert.Equal(0, await QueriesAsync(visitor, "/agenda?WEERGAVE=lijst"));
    }
}
