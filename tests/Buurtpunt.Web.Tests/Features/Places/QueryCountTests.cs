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

    [Fact]
    public async Task The_large_demo_really_has_ten_times_the_points()
    {
        var page = await large.ClientFor().GetPageAsync("/");
        Assert.Equal(40, page.QuerySelectorAll(".card").Length);
    }
}
