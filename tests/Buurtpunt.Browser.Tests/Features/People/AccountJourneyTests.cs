using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.People;

// Each journey uses its own demo account: the journeys share one app and one database.
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
        // Registered long ago, never confirmed, password forgotten: the link is the way in.
        await page.GotoAsync(baseUrl + "/registreren");
        await page.GetByLabel("Uw naam").FillAsync("Mon Mertens");
        await page.GetByLabel("E-mailadres").FillAsync("mon@voorbeeld.example");
        await page.GetByLabel("Kies een wachtwoord").FillAsync("vergeten wachtwoord 123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Geen wachtwoord? Krijg een aanmeldlink per e-mail" }).ClickAsync();
        await page.ExamineAsync("sign-in-link");
        await page.GetByLabel("E-mailadres").FillAsync("mon@voorbeeld.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een link" }).ClickAsync();
        Assert.Equal("Kijk in uw mailbox", await page.Locator("h1").InnerTextAsync());

        var mail = await app.Mail!.WaitForAsync("mon@voorbeeld.example", "Uw aanmeldlink");
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
        // A community worker is staff: the new password is followed by the authenticator code.
        await page.GetByLabel("Code van 6 cijfers").FillAsync(await app.FreshCodeAsync(Web.Features.Demo.DemoSeeder.WorkerEmail));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).Last.ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).CountAsync());
        await page.SaveScreenshotAsync("reset-nojs-1280");
    }

    [Fact]
    public async Task Resident_reads_downloads_and_erases_their_data()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(Web.Features.Demo.DemoSeeder.ResidentEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(Web.Features.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn profiel" }).ClickAsync();
        await page.ExamineAsync("profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk wat we over u bewaren" }).ClickAsync();
        Assert.Contains("Rik Bewoner", await page.Locator("main").InnerTextAsync());
        await page.ExamineAsync("my-data");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download mijn gegevens (JSON-bestand)" }).ClickAsync());
        Assert.Equal("buurtpunt-mijn-gegevens.json", download.SuggestedFilename);
        Assert.Contains("Rik Bewoner", await File.ReadAllTextAsync((await download.PathAsync())!));

        await page.GotoAsync(baseUrl + "/profiel/verwijderen");
        await page.ExamineAsync("erase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account verwijderen" }).ClickAsync();
        Assert.Contains("Vink het vakje aan", await page.Locator(".problems").InnerTextAsync());
        await page.GetByLabel("Ja, verwijder mijn account en al mijn gegevens").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Account verwijderen" }).ClickAsync();
        Assert.Equal("Uw account en gegevens zijn gewist.", await page.Locator(".notice").InnerTextAsync());

        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(Web.Features.Demo.DemoSeeder.ResidentEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(Web.Features.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        Assert.Contains("passen niet bij elkaar", await page.Locator(".problems").InnerTextAsync());
    }
}
