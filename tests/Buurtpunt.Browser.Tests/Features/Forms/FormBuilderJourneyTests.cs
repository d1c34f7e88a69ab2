using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Forms;

/// <summary>An administrator builds a small application form and tries it as a resident would, on a phone and without JavaScript.</summary>
public class FormBuilderJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task An_administrator_builds_a_form_and_tries_it_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false, width: 360);
        await page.SignInAsync(app.Url(), DemoSeeder.AdminEmail);
        await page.GotoAsync(app.Url() + "/beheer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Formulieren" }).ClickAsync();
        await page.GetByLabel("Naam van het formulier").FillAsync("Straatfeest aanvragen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Formulier maken" }).ClickAsync();

        async Task AddAsync(string kind, string label, Func<Task>? more = null)
        {
            await page.GetByLabel("Soort vraag").SelectOptionAsync(new SelectOptionValue { Label = kind });
            await page.GetByLabel("De vraag", new() { Exact = true }).FillAsync(label);
            if (more is not null) await more();
            await page.GetByRole(AriaRole.Button, new() { Name = "Vraag toevoegen" }).ClickAsync();
            Assert.Contains("De vraag is bewaard", await page.Locator("main").InnerTextAsync());
        }
        await AddAsync("Korte tekst", "In welke straat?");
        await AddAsync("Eén keuze", "Wat heeft u nodig?", () => page.GetByLabel("Keuzes").FillAsync("Partytent\nSpelkoffer\nNiets"));
        await AddAsync("Bedrag in euro", "Hoeveel geld vraagt u?", async () =>
        {
            await page.GetByLabel("Kleinste toegelaten waarde").FillAsync("0");
            await page.GetByLabel("Grootste toegelaten waarde").FillAsync("500");
        });
        await page.SaveScreenshotAsync("form-builder-nojs");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk en probeer het formulier" }).ClickAsync();
        await page.GetByLabel("In welke straat?").FillAsync("Kerkstraat");
        await page.GetByLabel("Spelkoffer").CheckAsync();
        await page.GetByLabel("Hoeveel geld vraagt u?").FillAsync("750");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        Assert.Contains("'Hoeveel geld vraagt u?': hoogstens 500", await page.Locator(".problems").InnerTextAsync());
        Assert.Equal("Kerkstraat", await page.GetByLabel("In welke straat?").InputValueAsync()); // nothing typed is lost
        await page.GetByLabel("Hoeveel geld vraagt u?").FillAsync("250,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        var readBack = await page.Locator(".notice").InnerTextAsync();
        Assert.Contains("Alles is goed ingevuld", readBack);
        Assert.Contains("€ 250,00", readBack);
        await page.SaveScreenshotAsync("form-preview-nojs");

        // The same pages, checked with axe in a scripted tab.
        var check = await browser.NewPageAsync();
        await check.SignInAsync(app.Url(), DemoSeeder.AdminEmail);
        await check.GotoAsync(app.Url() + "/beheer/formulieren");
        await check.ExamineAsync("forms-list");
        await check.GetByRole(AriaRole.Link, new() { Name = "Straatfeest aanvragen" }).ClickAsync();
        await check.ExamineAsync("form-builder");
        await check.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Wijzigen.*Wat heeft u nodig") }).ClickAsync();
        Assert.Equal("Partytent\nSpelkoffer\nNiets", await check.GetByLabel("Keuzes").InputValueAsync());
        await check.ExamineAsync("form-builder-edit");
        await check.GotoAsync(page.Url);
        await check.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await check.ExamineAsync("form-preview-problems");
    }
}
