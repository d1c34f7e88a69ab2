using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Initiatives;

/// <summary>
/// An administrator opens a call; a resident, on a phone without JavaScript, starts a "create"
/// application, saves half of it, comes back, and submits it once complete.
/// </summary>
public class ApplicationJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task A_call_is_opened_and_a_resident_drafts_returns_and_submits_without_javascript()
    {
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(app.Url(), DemoSeeder.AdminEmail);
        await admin.GotoAsync(app.Url() + "/beheer");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Oproepen voor buurtinitiatieven" }).ClickAsync();
        await admin.ExamineAsync("calls-admin");
        await admin.GetByLabel("Naam van de oproep").FillAsync("Buurtbudget Haspenhove 2027");
        await admin.GetByLabel("Totaal budget").FillAsync("250.000");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Oproep maken" }).ClickAsync();
        Assert.Contains("met drie sporen en hun formulieren", await admin.Locator("main").InnerTextAsync());
        await admin.ExamineAsync("call-edit");
        await admin.GetByLabel("Steun van hoeveel adressen is nodig?").FillAsync("3");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Contains("Bewaard.", await admin.Locator("main").InnerTextAsync());

        var page = await browser.NewPageAsync(javaScript: false, width: 360);
        await page.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await page.GotoAsync(app.Url() + "/oproepen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buurtbudget Haspenhove 2027" }).ClickAsync();
        Assert.Contains("Minstens 3 verschillende adressen", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag starten: Zelf creëren" }).ClickAsync();
        await page.GetByLabel("Naam van uw project").FillAsync("Speelstraat in de Kerkstraat");
        await page.GetByLabel("Wat wilt u doen?").FillAsync("In juli en augustus is de straat op woensdag een speelstraat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren en later verder doen" }).ClickAsync();
        Assert.Contains("Bewaard. U kunt later verder doen", await page.Locator("main").InnerTextAsync());
        await page.SaveScreenshotAsync("application-draft-nojs");

        // Later: back through "Mijn aanvragen"; what was typed is there, and what is missing is listed.
        await page.GotoAsync(app.Url() + "/aanvragen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Speelstraat in de Kerkstraat" }).ClickAsync();
        Assert.Equal("In juli en augustus is de straat op woensdag een speelstraat.", await page.GetByLabel("Wat wilt u doen?").InputValueAsync());
        Assert.Contains("Nog nodig om in te dienen (3)", await page.Locator("main").InnerTextAsync());
        // A photo of the street, with a sentence for who cannot see it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Foto's toevoegen of weghalen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Foto toevoegen" }).ClickAsync();
        Assert.Contains("Kies een foto.", await page.Locator(".problems").InnerTextAsync());
        await page.GetByLabel("Foto", new() { Exact = true }).SetInputFilesAsync(TestFiles.Photo("kerkstraat.png"));
        await page.GetByLabel("Wat staat er op de foto?").FillAsync("De Kerkstraat op een woensdagmiddag, zonder auto's");
        await page.GetByRole(AriaRole.Button, new() { Name = "Foto toevoegen" }).ClickAsync();
        Assert.Contains("De foto is toegevoegd.", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar uw aanvraag" }).ClickAsync();
        var photo = page.GetByRole(AriaRole.Img, new() { Name = "De Kerkstraat op een woensdagmiddag, zonder auto's" });
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the photo loads for its applicant");
        await page.GetByLabel("Waar?").FillAsync("Kerkstraat, tussen nummer 1 en 40");
        await page.GetByLabel("Wie doet mee en wie heeft er iets aan?").FillAsync("Twaalf gezinnen en de school.");
        await page.GetByLabel("Hoeveel geld vraagt u?").FillAsync("1.250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        var submitted = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Uw aanvraag is ingediend", submitted);
        Assert.Contains("€ 1.250,00", submitted);
        await page.SaveScreenshotAsync("application-submitted-nojs");

        // A neighbour supports it from the shared link, without an account or JavaScript.
        var link = await page.Locator("a[href^='/steun/']").GetAttributeAsync("href");
        var neighbour = await browser.NewPageAsync(javaScript: false, width: 360);
        await neighbour.GotoAsync(app.Url() + link);
        await neighbour.GetByLabel("Uw naam").FillAsync("Jan Peeters");
        await neighbour.GetByLabel("Uw adres").FillAsync("Kerkstraat 12 bus 3");
        await neighbour.GetByLabel("Ik woon op dit adres en ik steun dit project.").CheckAsync();
        await neighbour.GetByRole(AriaRole.Button, new() { Name = "Ik steun dit project" }).ClickAsync();
        Assert.Contains("Uw steun is geteld", await neighbour.Locator("main").InnerTextAsync());
        await page.ReloadAsync();
        Assert.Contains("1 van de 3 adressen steunen deze aanvraag", await page.Locator("main").InnerTextAsync());
        Assert.DoesNotContain("Jan Peeters", await page.Locator("main").InnerTextAsync());

        // The same pages checked with axe in a scripted tab.
        var check = await browser.NewPageAsync();
        await check.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await check.GotoAsync(app.Url() + "/oproepen");
        await check.ExamineAsync("calls");
        await check.GetByRole(AriaRole.Link, new() { Name = "Buurtbudget Haspenhove 2027" }).ClickAsync();
        await check.ExamineAsync("call");
        await check.GetByRole(AriaRole.Button, new() { Name = "Aanvraag starten: Experimenteren" }).ClickAsync();
        await check.ExamineAsync("application-draft");
        await check.GetByRole(AriaRole.Link, new() { Name = "Foto's toevoegen of weghalen" }).ClickAsync();
        await check.ExamineAsync("application-photos");
        await check.GetByRole(AriaRole.Link, new() { Name = "Terug naar uw aanvraag" }).ClickAsync();
        await check.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await check.ExamineAsync("application-incomplete");
        await check.GotoAsync(page.Url);
        await check.ExamineAsync("application-submitted");
        await check.GotoAsync(app.Url() + "/aanvragen");
        await check.ExamineAsync("my-applications");
        await check.GotoAsync(app.Url() + link);
        await check.ExamineAsync("support");
        await check.GotoAsync(page.Url + "/steunlijst");
        await check.ExamineAsync("support-sheet");
    }
}
