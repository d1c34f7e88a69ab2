using System.Net;
using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Features.Places;

public class PublicPagesTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Home_lists_every_area_with_its_point_phase_and_opening_status()
    {
        var page = await factory.ClientFor().GetPageAsync("/");

        Assert.Equal("Stad Haspenhove", page.H1());
        var areas = page.QuerySelectorAll(".area h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Runkelen", "Zepperen", "Aalst", "Centrum"], areas);
        var runkelen = page.QuerySelectorAll(".card").Single(c => c.TextContent.Contains("Dorpspunt Runkelen"));
        Assert.Contains("Proefproject", runkelen.TextContent);
        Assert.Contains("Kerkplein 3, 3803", runkelen.TextContent);
        // Monday 09:30 in Brussels; the demo points open Tuesday 9:00.
        Assert.Contains("Nu gesloten. Open morgen om 9:00", runkelen.QuerySelector(".status")!.TextContent);
        var aalst = page.QuerySelectorAll(".card").Single(c => c.TextContent.Contains("Dorpspunt Aalst"));
        Assert.Contains("Nog niet open", aalst.TextContent);
    }

    [Fact]
    public async Task Point_page_shows_address_hours_exceptions_presence_services_and_modules()
    {
        var page = await factory.ClientFor().GetPageAsync("/punt/dorpspunt-runkelen");

        Assert.Equal("Dorpspunt Runkelen", page.H1());
        Assert.Contains("Kerkplein 3", page.QuerySelector("address")!.TextContent);
        var rows = page.QuerySelectorAll("table.hours tr").Select(r => r.TextContent.Replace("\n", " ").Trim()).ToList();
        Assert.Equal(7, rows.Count);
        Assert.StartsWith("Maandag", rows[0]);
        Assert.Contains("gesloten", rows[0]);
        Assert.Contains("9:00–12:00", rows[1]);
        var exceptions = page.QuerySelector(".exceptions")!.TextContent;
        Assert.Contains("Teamdag", exceptions);
        Assert.Contains("14:00–16:00", exceptions);
        Assert.Contains("Buurtwerker Jana", page.Text());
        Assert.Contains("Koffie en een babbel", page.QuerySelector(".tags")!.TextContent);
        Assert.Contains("Burenhulp", page.QuerySelector(".modules")!.TextContent);
        Assert.NotNull(page.QuerySelector(".photos img[alt]"));
    }

    [Fact]
    public async Task Area_page_lists_its_points()
    {
        var page = await factory.ClientFor().GetPageAsync("/gebied/zepperen");
        Assert.Equal("Zepperen", page.H1());
        Assert.Equal(["Dorpspunt Zepperen"], page.QuerySelectorAll(".card h4").Select(h => h.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/punt/bestaat-niet")]
    [InlineData("/gebied/bestaat-niet")]
    [InlineData("/foto/999999/s")]
    [InlineData("/niets-hier")]
    public async Task Unknown_pages_answer_404_with_a_friendly_translated_page(string url)
    {
        var response = await factory.ClientFor().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        if (!url.StartsWith("/foto"))
            Assert.Equal("Pagina niet gevonden", (await response.ReadAsync()).H1());
    }

    [Fact]
    public async Task Photos_are_served_as_jpeg_in_two_sizes()
    {
        var page = await factory.ClientFor().GetPageAsync("/punt/dorpspunt-runkelen");
        var src = page.QuerySelector(".photos img")!.GetAttribute("src")!;
        var small = await factory.ClientFor().GetAsync(src);
        var large = await factory.ClientFor().GetAsync(src[..^1] + "l");
        Assert.Equal("image/jpeg", small.Content.Headers.ContentType!.MediaType);
        Assert.True((await large.Content.ReadAsByteArrayAsync()).Length > (await small.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync(src[..^1] + "x")).StatusCode);
    }

    [Fact]
    public async Task Pages_work_without_javascript_the_map_only_enhances()
    {
        // Tiles are off in this factory: no map, and the list carries every point.
        var page = await factory.ClientFor().GetPageAsync("/");
        Assert.Null(page.QuerySelector("#map"));
        Assert.Equal(4, page.QuerySelectorAll(".card a[href^='/punt/']").Length);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json"));
    }
}

public class OpenNowTests(TuesdayMorningFactory factory) : IClassFixture<TuesdayMorningFactory>
{
    [Fact]
    public async Task Point_says_open_now_until_closing_time_while_it_is_open()
    {
        var page = await factory.ClientFor().GetPageAsync("/punt/buurtpunt-centrum");
        var status = page.QuerySelector(".status")!;
        Assert.Equal("Nu open tot 12:00", status.TextContent.Trim());
        Assert.Contains("open", status.ClassList);
    }
}

public class ClosedAfterMorningTests(TuesdayNoonFactory factory) : IClassFixture<TuesdayNoonFactory>
{
    [Fact]
    public async Task After_closing_time_the_next_opening_is_announced()
    {
        // Tuesday 12:15; the next opening is Wednesday's extra afternoon, not Thursday's regular one.
        var page = await factory.ClientFor().GetPageAsync("/punt/buurtpunt-centrum");
        Assert.Equal("Nu gesloten. Open morgen om 14:00", page.QuerySelector(".status")!.TextContent.Trim());
    }
}
