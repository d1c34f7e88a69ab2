using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Places;

public class ResidentJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task Resident_sees_the_areas_as_a_list_and_on_a_map()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Url());

        Assert.Equal("Stad Haspenhove", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["Runkelen", "Zepperen", "Aalst", "Centrum"], await page.Locator(".area h3 a").AllInnerTextsAsync());
        Assert.Contains("Nu gesloten. Open morgen om 9:00", await page.Locator(".card", new() { HasText = "Dorpspunt Runkelen" }).Locator(".status").InnerTextAsync());
        // The map script puts one marker per point.
        await page.Locator(".leaflet-marker-icon").First.WaitForAsync();
        Assert.Equal(4, await page.Locator(".leaflet-marker-icon").CountAsync());
        await page.ExamineAsync("home");
    }

    [Fact]
    public async Task Resident_opens_a_point_and_reads_when_it_is_open_and_who_is_there()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Url());
        await page.GetByRole(AriaRole.Link, new() { Name = "Dorpspunt Runkelen" }).ClickAsync();

        Assert.EndsWith("/punt/dorpspunt-runkelen", page.Url);
        Assert.Equal("Dorpspunt Runkelen", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Kerkplein 3", await page.Locator("address").InnerTextAsync());
        Assert.Contains("9:00–12:00", await page.GetByRole(AriaRole.Row, new() { Name = "Dinsdag" }).InnerTextAsync());
        Assert.Contains("Teamdag", await page.Locator(".exceptions").InnerTextAsync());
        Assert.Contains("Buurtwerker Jana", await page.Locator("main").InnerTextAsync());
        Assert.True(await page.Locator(".photos img").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await page.ExamineAsync("point");

        await page.Locator(".breadcrumb").GetByRole(AriaRole.Link, new() { Name = "Runkelen" }).ClickAsync();
        Assert.Equal("Runkelen", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("area");
    }

    [Fact]
    public async Task Resident_switches_language_and_the_choice_is_remembered()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Url() + "/punt/buurtpunt-centrum");
        Assert.Equal("nl-BE", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        Assert.EndsWith("/punt/buurtpunt-centrum", page.Url);
        Assert.Equal("fr-BE", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Heures d'ouverture", await page.Locator("h2#uren").InnerTextAsync());
        await page.ExamineAsync("point-fr");

        await page.GotoAsync(app.Url());
        Assert.Equal("Villages et quartiers", await page.Locator("h2#gebieden").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Villages and neighbourhoods", await page.Locator("h2#gebieden").InnerTextAsync());
        await page.ExamineAsync("home-en");
    }

    [Fact]
    public async Task Every_public_page_works_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false, width: 360);
        await page.GotoAsync(app.Url());
        Assert.Equal(0, await page.Locator(".leaflet-marker-icon").CountAsync());
        Assert.Equal(4, await page.Locator(".card").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Dorpspunt Zepperen" }).ClickAsync();
        Assert.Equal("Dorpspunt Zepperen", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("Opening hours", await page.Locator("h2#uren").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => true").ContinueWith(t => t.IsFaulted || t.Result), "evaluate is allowed to fail without JavaScript");
        await page.SaveScreenshotAsync("point-nojs-360");
    }
}
