using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;
using SkiaSharp;

namespace Buurtpunt.Browser.Tests.Features.Places;

public class AdministratorJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private static async Task SignInAsync(IPage page, string baseUrl)
    {
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.ExamineAsync("sign-in");
        await page.GetByLabel("E-mailadres").FillAsync(DemoSeeder.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await EnterCodeAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        Assert.Equal("Beheer", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("admin");
    }

    /// <summary>Staff sign in in two steps: the code an authenticator app would show for the demo key.</summary>
    private static async Task EnterCodeAsync(IPage page, bool examine = true)
    {
        Assert.Contains("/aanmelden/code", page.Url);
        if (examine) await page.ExamineAsync("sign-in-code");
        await page.GetByLabel("Code van 6 cijfers").FillAsync(await KestrelFactory.ServingAt(page.Url).FreshCodeAsync(DemoSeeder.AdminEmail));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).Last.ClickAsync();
    }

    private static string DemoPhoto()
    {
        using var bitmap = new SKBitmap(1600, 1000);
        bitmap.Erase(SKColors.SeaGreen);
        using var image = SKImage.FromBitmap(bitmap);
        var path = Path.Combine(Path.GetTempPath(), $"buurtpunt-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, image.Encode(SKEncodedImageFormat.Png, 100).ToArray());
        return path;
    }

    [Fact]
    public async Task Administrator_sets_up_a_new_village_with_its_point_hours_and_photo()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, baseUrl);

        // A new village.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dorpen en wijken" }).ClickAsync();
        await page.ExamineAsync("admin-areas");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Gorsem");
        await page.GetByLabel("Beschrijving").FillAsync("Een klein dorp aan de beek.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        Assert.Equal("Bewaard.", await page.Locator(".notice").InnerTextAsync());
        Assert.Contains("Gorsem", await page.Locator("table.list").InnerTextAsync());

        // Its point: a pilot, with services and modules.
        await page.GotoAsync(baseUrl + "/beheer/punten");
        await page.ExamineAsync("admin-points");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw buurtpunt" }).ClickAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Dorpspunt Gorsem");
        await page.GetByLabel("Dorp of wijk").SelectOptionAsync(new SelectOptionValue { Label = "Gorsem" });
        await page.GetByLabel("Straat en huisnummer").FillAsync("Gorsemstraat 5");
        await page.GetByLabel("Postcode").FillAsync("3803");
        await page.GetByLabel("Gemeente", new() { Exact = true }).FillAsync("Gorsem");
        await page.GetByLabel("Breedtegraad").FillAsync("50,8000");
        await page.GetByLabel("Lengtegraad").FillAsync("5,1300");
        await page.GetByLabel("Vuilniszakken per stuk").CheckAsync();
        await page.GetByLabel("Burenhulp").CheckAsync();
        await page.ExamineAsync("admin-point-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Equal("Bewaard.", await page.Locator(".notice").InnerTextAsync());

        // A mistake first: coordinates in France get a clear message and nothing is lost.
        await page.GetByLabel("Breedtegraad").FillAsync("48,85");
        await page.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = "Proefproject" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Contains("Deze ligging is niet in België", await page.Locator(".problems").InnerTextAsync());
        Assert.Equal("Gorsemstraat 5", await page.GetByLabel("Straat en huisnummer").InputValueAsync());
        await page.ExamineAsync("admin-point-error");
        await page.GetByLabel("Breedtegraad").FillAsync("50,8000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Equal("Bewaard.", await page.Locator(".notice").InnerTextAsync());

        // Hours: every Tuesday morning, a holiday, and who is there.
        await page.GetByRole(AriaRole.Link, new() { Name = "Uren" }).ClickAsync();
        await page.ExamineAsync("admin-hours");
        await page.Locator("#weekly-day").SelectOptionAsync("Tuesday");
        await page.Locator("#WeeklyForm_Opens").FillAsync("09:00");
        await page.Locator("#WeeklyForm_Closes").FillAsync("12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uren toevoegen" }).ClickAsync();
        Assert.Contains("Dinsdag 9:00–12:00", await page.Locator("main").InnerTextAsync());
        await page.Locator("#ExceptionForm_Date").FillAsync("2026-12-25");
        await page.Locator("#ExceptionForm_Reason").FillAsync("Kerstmis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitzondering toevoegen" }).ClickAsync();
        Assert.Contains("Kerstmis", await page.Locator("main").InnerTextAsync());
        await page.Locator("#presence-day").SelectOptionAsync("Tuesday");
        await page.Locator("#PresenceForm_From").FillAsync("09:00");
        await page.Locator("#PresenceForm_Until").FillAsync("11:00");
        await page.GetByLabel("Wie", new() { Exact = true }).FillAsync("Buurtwerker Jana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid toevoegen" }).ClickAsync();
        Assert.Contains("Buurtwerker Jana", await page.Locator("main").InnerTextAsync());

        // A photo, described for people who cannot see it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Foto's" }).ClickAsync();
        await page.ExamineAsync("admin-photos");
        await page.GetByLabel("Foto", new() { Exact = true }).SetInputFilesAsync(DemoPhoto());
        await page.GetByLabel("Wat staat er op de foto?").FillAsync("Het dorpshuis van Gorsem");
        await page.GetByRole(AriaRole.Button, new() { Name = "Foto opladen" }).ClickAsync();
        Assert.Equal("Bewaard.", await page.Locator(".notice").InnerTextAsync());

        // What residents see now.
        await page.GotoAsync(baseUrl + "/punt/dorpspunt-gorsem");
        Assert.Equal("Dorpspunt Gorsem", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Proefproject", await page.Locator(".phase").InnerTextAsync());
        Assert.Contains("Nu gesloten. Open morgen om 9:00", await page.Locator(".status").InnerTextAsync());
        Assert.Contains("Vuilniszakken per stuk", await page.Locator(".tags").InnerTextAsync());
        Assert.Contains("Burenhulp", await page.Locator(".modules").InnerTextAsync());
        Assert.Equal("Het dorpshuis van Gorsem", await page.Locator(".photos img").GetAttributeAsync("alt"));
        await page.ExamineAsync("point-new");
    }

    [Fact]
    public async Task Administrator_edits_the_municipality_and_the_services_list()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, baseUrl);

        await page.GetByRole(AriaRole.Link, new() { Name = "Diensten" }).ClickAsync();
        await page.ExamineAsync("admin-services");
        await page.GetByLabel("Naam in het Nederlands").FillAsync("Fietsherstel");
        await page.GetByLabel("Naam in het Frans").FillAsync("Réparation de vélos");
        await page.GetByLabel("Naam in het Engels").FillAsync("Bike repair");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        Assert.Contains("Réparation de vélos", await page.Locator("table.list").InnerTextAsync());

        await page.GotoAsync(baseUrl + "/beheer/gemeente");
        await page.ExamineAsync("admin-municipality");
        await page.GetByLabel("Korte inleiding op de startpagina").FillAsync("Welkom in de buurtpunten van Haspenhove.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Equal("Bewaard.", await page.Locator(".notice").InnerTextAsync());
        await page.GotoAsync(baseUrl);
        Assert.Equal("Welkom in de buurtpunten van Haspenhove.", await page.Locator(".lead").InnerTextAsync());

        await page.GotoAsync(baseUrl + "/beheer/teksten");
        await page.ExamineAsync("admin-statements");
        await page.GetByLabel("Toegankelijkheid").FillAsync("## Onze belofte\n\nBel ons gerust: elke vraag is welkom.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Toegankelijkheid" }).ClickAsync();
        Assert.Equal("Onze belofte", await page.Locator(".prose h2").InnerTextAsync());
        await page.ExamineAsync("accessibility-statement");
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();
        await page.ExamineAsync("privacy-statement");
    }

    [Fact]
    public async Task Administrator_works_without_javascript()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync(javaScript: false, width: 360);
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(DemoSeeder.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await EnterCodeAsync(page, examine: false);
        await page.GotoAsync(baseUrl + "/beheer/gebieden");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Brustem");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        Assert.Contains("Brustem", await page.Locator("table.list").InnerTextAsync());
        await page.SaveScreenshotAsync("admin-areas-nojs-360");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden" }).CountAsync());
    }

    [Fact]
    public async Task Administrator_gives_a_resident_a_role_and_reads_the_audit_trail()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, baseUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mensen en rollen" }).ClickAsync();
        await page.GetByLabel("Zoek op naam of e-mailadres").FillAsync("Rik");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.ExamineAsync("admin-people");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rik Bewoner" }).ClickAsync();
        await page.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "trekker" });
        await page.GetByLabel("Voor").SelectOptionAsync(new SelectOptionValue { Label = "Zepperen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
        Assert.Contains("trekker (Zepperen)", await page.Locator("main").InnerTextAsync());
        await page.ExamineAsync("admin-person");

        await page.GotoAsync(baseUrl + "/beheer/audit");
        await page.GetByLabel("Handeling").SelectOptionAsync(new SelectOptionValue { Label = "gaf een rol" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        var rows = await page.Locator("table.list tbody tr").AllInnerTextsAsync();
        Assert.Single(rows);
        Assert.Contains("Els Beheerder", rows[0]);
        Assert.Contains("Rik Bewoner", rows[0]);
        await page.ExamineAsync("admin-audit");
    }
}
