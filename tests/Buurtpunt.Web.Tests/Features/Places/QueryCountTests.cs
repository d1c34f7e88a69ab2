using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Features.Places;

/// <summary>
/// No N+1: a page sends the same number of SQL statements with ten times the data.
/// Two factories (demo ×1 and ×10) are measured side by side.
/// </summary>
public class QueryCountTests(BuurtpuntFactory small, ScaledFactory10 large) : IClassFixture<BuurtpuntFactory>, IClassFixture<ScaledFactory10>
{
    private static async Task<int> CountAsync(BuurtpuntFactory factory, string url)
    {
        var client = factory.ClientFor();
        await client.GetPageAsync(url); // warm-up: the municipality directory is cached after this
        factory.Sql.Reset();
        await client.GetPageAsync(url);
        return factory.Sql.Count;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/punt/dorpspunt-runkelen")]
    [InlineData("/gebied/runkelen")]
    [InlineData("/sitemap.xml")]
    [InlineData("/zoeken?q=koffie")]
    [InlineData("/agenda")]
    [InlineData("/agenda?weergave=lijst")]
    [InlineData("/gebied/runkelen/agenda")]
    [InlineData("/activiteit/2")]
    [InlineData("/zoeken?q=vuilniszakken+koffie")]
    public async Task Statements_per_page_do_not_grow_with_the_data(string url)
    {
        var atScale1 = await CountAsync(small, url);
        var atScale10 = await CountAsync(large, url);
        Assert.InRange(atScale1, 1, 8);
        Assert.Equal(atScale1, atScale10);
    }

    /// <summary>The worker's neighbour-help pages: the desk, the matcher for Centrum (the demo's help), the figures, one request.</summary>
    [Theory]
    [InlineData("/balie/hulp")]
    [InlineData("/balie/burenmatcher?gebied=centrum")]
    [InlineData("/balie/hulp/cijfers")]
    [InlineData("/balie/vrijwilligers")]
    public async Task Statements_per_help_page_do_not_grow_with_the_data(string url)
    {
        async Task<int> CountAsWorkerAsync(BuurtpuntFactory factory)
        {
            var worker = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.WorkerEmail);
            await worker.GetPageAsync(url);
            factory.Sql.Reset();
            await worker.GetPageAsync(url);
            return factory.Sql.Count;
        }
        var atScale1 = await CountAsWorkerAsync(small);
        var atScale10 = await CountAsWorkerAsync(large);
        Assert.InRange(atScale1, 1, 16);
        Assert.Equal(atScale1, atScale10);
    }

    [Fact]
    public async Task The_large_demo_has_ten_times_the_neighbour_help()
    {
        var worker = await large.SignedInAsync(Web.Features.Demo.DemoSeeder.WorkerEmail);
        var desk = await worker.GetPageAsync("/balie/hulp");
        Assert.Equal(40, desk.QuerySelectorAll("tbody tr").Length); // four open requests in each of ten copies of Centrum
        var matcher = await worker.GetPageAsync("/balie/burenmatcher?gebied=centrum");
        Assert.Contains("3 van de 4 open vragen krijgen een voorstel", matcher.QuerySelector("[role=status]")?.TextContent ?? matcher.QuerySelector("main")!.TextContent[200..]);
    }

    [Fact]
    public async Task The_large_demo_really_has_ten_times_the_points()
    {
        var page = await large.ClientFor().GetPageAsync("/");
        Assert.Equal(40, page.QuerySelectorAll(".card").Length);
    }
}
