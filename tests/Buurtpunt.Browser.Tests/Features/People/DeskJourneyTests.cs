using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.People;

/// <summary>The community worker's desk: an account for a resident who is not online, and that resident going online later.</summary>
public class DeskJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task Worker_opens_an_account_with_consent_acts_for_the_resident_and_the_resident_takes_it_over()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(baseUrl, DemoSeeder.WorkerEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bewoners die we helpen" }).ClickAsync();
        await page.ExamineAsync("desk-residents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe bewoner helpen" }).ClickAsync();
        await page.ExamineAsync("desk-new-resident");

        // Forgetting the date of consent: a clear message, nothing lost.
        await page.GetByLabel("Naam van de bewoner").FillAsync("Rosa Peeters");
        await page.GetByLabel("Woont in").SelectOptionAsync(new SelectOptionValue { Label = "Runkelen" });
        await page.GetByLabel("Telefoonnummer", new() { Exact = true }).FillAsync("011 55 66 77");
        await page.GetByLabel("Adres", new() { Exact = true }).FillAsync("Kerkplein 9\n3803 Runkelen");
        await page.GetByLabel("een buurtwerker op het platform").CheckAsync();
        await page.GetByLabel("Datum van het akkoord").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        Assert.Contains("Vul de datum in waarop de bewoner akkoord ging.", await page.Locator(".problems").InnerTextAsync());
        Assert.Equal("Rosa Peeters", await page.GetByLabel("Naam van de bewoner").InputValueAsync());
        await page.ExamineAsync("desk-new-resident-invalid");

        await page.GetByLabel("Datum van het akkoord").FillAsync("2026-11-23");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        Assert.Equal("Rosa Peeters", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("desk-resident-file");

        await page.GetByRole(AriaRole.Link, new() { Name = "Toestemmingsformulier afdrukken" }).ClickAsync();
        Assert.Contains("Rosa Peeters gaat ermee akkoord", await page.Locator(".slip").InnerTextAsync());
        await page.ExamineAsync("desk-consent-slip");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SaveScreenshotAsync("desk-consent-slip-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de bewoner" }).Last.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Werk in naam van Rosa Peeters" }).ClickAsync();
        Assert.Contains("U werkt in naam van Rosa Peeters.", await page.Locator(".acting").InnerTextAsync());
        await page.ExamineAsync("desk-acting-banner");
        await page.Locator(".acting").GetByRole(AriaRole.Button, new() { Name = "Stoppen" }).ClickAsync();
        Assert.Equal(0, await page.Locator(".acting").CountAsync());
        Assert.Equal("Rosa Peeters", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Overnamecode maken" }).ClickAsync();
        await page.ExamineAsync("desk-takeover-explain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Code maken" }).ClickAsync();
        var code = (await page.Locator(".slip .code").InnerTextAsync()).Trim();
        await page.ExamineAsync("desk-takeover-slip");

        // The take-over page passes axe (which needs JavaScript to run) ...
        var look = await browser.NewPageAsync();
        await look.GotoAsync(baseUrl + "/overnemen");
        await look.ExamineAsync("takeover");

        // ... and the resident uses it at home on a small phone without JavaScript.
        var resident = await browser.NewPageAsync(javaScript: false, width: 360);
        await resident.GotoAsync(baseUrl + "/overnemen");
        await resident.SaveScreenshotAsync("takeover-nojs-360");
        await resident.GetByLabel("Code op uw papier").FillAsync(code.ToLowerInvariant());
        await resident.GetByLabel("E-mailadres").FillAsync("rosa@voorbeeld.example");
        await resident.GetByLabel("Kies een wachtwoord").FillAsync("mijn eigen lange wachtwoord");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Account overnemen" }).ClickAsync();
        Assert.Equal("Kijk in uw mailbox", await resident.Locator("h1").InnerTextAsync());
        var mail = await app.Mail!.WaitForAsync("rosa@voorbeeld.example", "Bevestig uw e-mailadres");
        await resident.GotoAsync(baseUrl + new Uri(MailSink.LinkIn(mail)).PathAndQuery);
        await resident.GotoAsync(baseUrl + "/aanmelden");
        await resident.GetByLabel("E-mailadres").FillAsync("rosa@voorbeeld.example");
        await resident.GetByLabel("Wachtwoord").FillAsync("mijn eigen lange wachtwoord");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await resident.GotoAsync(baseUrl + "/profiel");
        Assert.Equal("Rosa Peeters", await resident.GetByLabel("Uw naam").InputValueAsync());
    }

    [Fact]
    public async Task A_lead_keeps_the_hours_of_their_own_village()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync(width: 360);
        await page.SignInAsync(baseUrl, DemoSeeder.LeadEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await page.ExamineAsync("lead-admin-home");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Gemeente" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Buurtpunten" }).ClickAsync();
        await page.ExamineAsync("lead-points");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uren" }).ClickAsync();
        await page.ExamineAsync("lead-point-hours");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens" }).CountAsync());
    }
}
