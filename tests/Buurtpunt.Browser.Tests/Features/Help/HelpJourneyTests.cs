using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Help;

public class HelpJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task A_resident_asks_a_neighbour_for_help_on_a_phone_and_the_worker_sees_it_on_the_desk()
    {
        var page = await browser.NewPageAsync(width: 360);
        await page.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await page.GotoAsync(app.Url() + "/punt/dorpspunt-runkelen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Burenhulp" }).ClickAsync();
        await page.ExamineAsync("help-ask");
        await page.GetByLabel("Een rit").CheckAsync();
        await page.GetByLabel("Waarmee kan een buur helpen?").FillAsync("Naar de kinesist in Sint-Truiden en terug.");
        await page.GetByLabel("Hoeveel weken na elkaar?").FillAsync("4");
        await page.GetByLabel("Adres").FillAsync("Kerkstraat 9, 3803 Runkelen");
        await page.GetByLabel("Een rolstoel mee in de auto").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hulp vragen" }).ClickAsync();
        Assert.Contains("Uw vraag is doorgegeven", await page.Locator("main").InnerTextAsync());
        await page.ExamineAsync("help-request");

        var worker = await browser.NewPageAsync();
        await worker.SignInAsync(app.Url(), DemoSeeder.WorkerEmail);
        await worker.GotoAsync(app.Url() + "/balie/hulp");
        await worker.ExamineAsync("help-desk");
        await worker.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rik Bewoner" }).GetByRole(AriaRole.Link, new() { Name = "Een rit" }).ClickAsync();
        Assert.Contains("Kerkstraat 9", await worker.Locator("main").InnerTextAsync());
        await worker.GotoAsync(app.Url() + "/balie/hulp");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Burenmatcher" }).ClickAsync();
        await worker.GetByLabel("Dorp of wijk").SelectOptionAsync(new SelectOptionValue { Label = "Runkelen" });
        await worker.GetByRole(AriaRole.Button, new() { Name = "Stel voor" }).ClickAsync();
        Assert.Contains("open vragen krijgen een voorstel", await worker.Locator("main").InnerTextAsync());
        Assert.Contains("wie dit aanbiedt, woont te ver", await worker.Locator("main").InnerTextAsync()); // the demo's volunteers live in Centrum
        await worker.ExamineAsync("matcher");
    }

    [Fact]
    public async Task A_resident_offers_to_help_with_the_weekly_grid_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false, width: 360);
        await page.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await page.GotoAsync(app.Url() + "/hulp");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vrijwilliger worden" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Waarmee wilt u helpen?" }).GetByLabel("Digitale hulp").CheckAsync();
        await page.GetByLabel("donderdag Voormiddag").CheckAsync();
        await page.GetByLabel("zaterdag Namiddag").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Contains("Een buurtwerker neemt contact met u op", await page.Locator("main").InnerTextAsync());
        Assert.True(await page.GetByLabel("donderdag Voormiddag").IsCheckedAsync());
        await page.SaveScreenshotAsync("volunteer-profile-nojs");

        var check = await browser.NewPageAsync();
        await check.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await check.GotoAsync(app.Url() + "/hulp/vrijwilliger");
        await check.ExamineAsync("volunteer-profile");
    }
}
