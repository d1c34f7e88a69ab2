using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Search;

public class SearchJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task A_resident_searches_from_the_home_page_narrows_to_news_and_opens_a_result()
    {
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync(app.Url() + "/");
        await page.GetByLabel("Waar zoekt u?").FillAsync("fietsen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**/zoeken?q=fietsen");
        Assert.Equal("fiets", await page.Locator(".search-result mark").First.InnerTextAsync());
        await page.ExamineAsync("search-results");

        await page.GetByLabel("Wat").SelectOptionAsync(new SelectOptionValue { Label = "Nieuws" });
        await page.GetByLabel("Waar", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Runkelen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**soort=nieuws**");
        Assert.All(await page.Locator(".search-result .kind").AllInnerTextsAsync(), kind => Assert.Equal("Nieuws", kind.Trim()));
        await page.ExamineAsync("search-filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Repair café op zaterdag" }).ClickAsync();
        Assert.Equal("Repair café op zaterdag", (await page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Search_works_without_javascript_and_explains_bad_input()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(app.Url() + "/zoeken");
        await page.GetByLabel("Waar zoekt u?").FillAsync("koffie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**q=koffie**");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dienst (1)" }).ClickAsync();
        Assert.Equal("Koffie en een babbel", (await page.Locator(".search-result h2").InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Dorpspunt Runkelen" }).IsVisibleAsync());
        await page.SaveScreenshotAsync("search-service-nojs");

        await page.GotoAsync(app.Url() + "/zoeken?q=" + new string('x', 300));
        Assert.Contains("te lang", await page.Locator(".problems").InnerTextAsync());
        await page.SaveScreenshotAsync("search-too-long-nojs");
    }
}
