using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.News;

public class NewsJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task A_lead_publishes_news_for_the_village_and_a_resident_reads_it()
    {
        var baseUrl = app.Url();
        var lead = await browser.NewPageAsync();
        // A lead sees who registers for the village's activities: two steps, like all staff.
        await lead.SignInAsync(baseUrl, DemoSeeder.LeadEmail);
        await lead.GotoAsync(baseUrl + "/beheer");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Nieuws" }).ClickAsync();
        await lead.ExamineAsync("news-admin");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Nieuw bericht" }).ClickAsync();
        await lead.ExamineAsync("news-new");
        await lead.GetByLabel("Titel").FillAsync("Soep op het plein");
        await lead.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Vrijdag om **12 uur** delen we soep uit. Iedereen welkom.");
        await lead.GetByLabel("Bovenaan vastzetten").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Contains("Soep op het plein", await lead.Locator("table.list").InnerTextAsync());

        var resident = await browser.NewPageAsync(width: 360);
        await resident.GotoAsync(baseUrl + "/gebied/runkelen");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Nieuws van Runkelen" }).ClickAsync();
        Assert.Equal("Soep op het plein", (await resident.Locator("article.news h2").First.InnerTextAsync()).Trim());
        await resident.ExamineAsync("news-area");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Soep op het plein" }).ClickAsync();
        await resident.ExamineAsync("news-item");
    }
}
