using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;

namespace Buurtpunt.Browser.Tests.Features.Site;

public class MunicipalitiesTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task The_second_municipality_never_shows_the_first_ones_data()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Url("tweede.localhost"));
        Assert.Equal("Gemeente Beekdonk", await page.Locator("h1").InnerTextAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Buurtpunt Vlotgras", text);
        Assert.DoesNotContain("Runkelen", text);
        Assert.DoesNotContain("Haspenhove", text);
        await page.ExamineAsync("second-home");

        var response = await page.GotoAsync(app.Url("tweede.localhost") + "/punt/dorpspunt-runkelen");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Pagina niet gevonden", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("not-found");
    }

    [Fact]
    public async Task An_unknown_host_gets_a_clear_page()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(app.Url("onbekend.localhost"));
        Assert.Equal(404, response!.Status);
        Assert.Equal("Deze gemeente kennen we niet", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("unknown-municipality");
    }
}
