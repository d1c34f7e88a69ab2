using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.People;

public class AccountJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    [Fact]
    public async Task Resident_registers_confirms_the_mail_and_signs_in()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nog geen account? Maak er een" }).ClickAsync();
        await page.ExamineAsync("register");

        await page.GetByLabel("Uw naam").FillAsync("Jef Janssens");
        await page.GetByLabel("E-mailadres").FillAsync("jef@voorbeeld.example");
        await page.GetByLabel("Kies een wachtwoord").FillAsync("kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        Assert.Contains("minstens 10", await page.Locator(".problems").InnerTextAsync());
        Assert.Equal("Jef Janssens", await page.GetByLabel("Uw naam").InputValueAsync());
        await page.ExamineAsync("register-error");

        await page.GetByLabel("Kies een wachtwoord").FillAsync("mijn fiets is blauw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        Assert.Equal("Kijk in uw mailbox", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("mail-sent");

        var mail = await app.Mail!.WaitForAsync("jef@voorbeeld.example", "Bevestig uw e-mailadres");
        await page.GotoAsync(baseUrl + PathOf(MailSink.LinkIn(mail)));
        Assert.Equal("Uw e-mailadres is bevestigd", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("confirmed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden" }).First.ClickAsync();
        await page.GetByLabel("E-mailadres").FillAsync("jef@voorbeeld.example");
        await page.GetByLabel("Wachtwoord").FillAsync("mijn fiets is blauw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).CountAsync());
    }

    [Fact]
    public async Task Resident_without_a_password_signs_in_with_a_link_from_the_mail()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Geen wachtwoord? Krijg een aanmeldlink per e-mail" }).ClickAsync();
        await page.ExamineAsync("sign-in-link");
        await page.GetByLabel("E-mailadres").FillAsync(Web.Features.Demo.DemoSeeder.ResidentEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een link" }).ClickAsync();
        Assert.Equal("Kijk in uw mailbox", await page.Locator("h1").InnerTextAsync());

        var mail = await app.Mail!.WaitForAsync(Web.Features.Demo.DemoSeeder.ResidentEmail, "Uw aanmeldlink");
        await page.GotoAsync(baseUrl + PathOf(MailSink.LinkIn(mail)));
        await page.ExamineAsync("sign-in-link-use");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).Last.ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).CountAsync());

        await page.GotoAsync(baseUrl + PathOf(MailSink.LinkIn(mail)));
        Assert.Equal("Deze aanmeldlink werkt niet meer", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("sign-in-link-used");
    }

    [Fact]
    public async Task Resident_who_forgot_the_password_chooses_a_new_one()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync();
        await page.GetByLabel("E-mailadres").FillAsync(Web.Features.Demo.DemoSeeder.WorkerEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een link" }).ClickAsync();

        var mail = await app.Mail!.WaitForAsync(Web.Features.Demo.DemoSeeder.WorkerEmail, "Nieuw wachtwoord");
        await page.GotoAsync(baseUrl + PathOf(MailSink.LinkIn(mail)));
        await page.GetByLabel("Nieuw wachtwoord").FillAsync("de zon schijnt vandaag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord bewaren" }).ClickAsync();
        Assert.Contains("Uw wachtwoord is veranderd", await page.Locator(".notice").InnerTextAsync());
        await page.GetByLabel("E-mailadres").FillAsync(Web.Features.Demo.DemoSeeder.WorkerEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("de zon schijnt vandaag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).CountAsync());
        await page.SaveScreenshotAsync("reset-nojs-1280");
    }
}
