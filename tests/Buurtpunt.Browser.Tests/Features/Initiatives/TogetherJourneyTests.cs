using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Initiatives;

/// <summary>
/// Applying together and the pages around a call: a resident invites a neighbour, who joins from the
/// mail; the administrator adds an offer to the join catalogue, which residents then see; the call's figures.
/// </summary>
public class TogetherJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private const string Application = "Straatfeest in de Stationsstraat";
    private const string Neighbour = "vrijwilliger@haspenhove.example"; // the demo's volunteer, who signs in with the demo password

    [Fact]
    public async Task A_resident_invites_a_neighbour_who_joins_from_the_mail_on_a_phone()
    {
        var resident = await browser.NewPageAsync(width: 360);
        await resident.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await resident.GotoAsync(app.Url() + "/aanvragen");
        await resident.GetByRole(AriaRole.Link, new() { Name = Application }).ClickAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "Samen met buren aanvragen" }).ClickAsync();
        async Task InviteAsync()
        {
            await resident.GetByLabel("Naam").FillAsync("Vera");
            await resident.GetByLabel("E-mailadres").FillAsync(Neighbour);
            await resident.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        }
        await InviteAsync();
        Assert.Contains("De uitnodiging is verstuurd.", await resident.Locator("main").InnerTextAsync());
        await resident.ExamineAsync("co-applicants");
        await InviteAsync(); // twice: the page says so
        Assert.Equal(1, await resident.Locator(".problems").CountAsync());
        await resident.ExamineAsync("co-applicants-problem");

        // The neighbour opens the link from the mail, signs in, and joins with one button, without JavaScript.
        var link = MailSink.LinkIn(await app.Mail!.WaitForAsync(Neighbour, "nodigt u uit"));
        var neighbour = await browser.NewPageAsync(javaScript: false, width: 360);
        await neighbour.SignInAsync(app.Url(), Neighbour);
        await neighbour.GotoAsync(app.Url() + new Uri(link).PathAndQuery);
        Assert.Equal($"Mee aanvragen: {Application}", await neighbour.Locator("h1").InnerTextAsync());
        await neighbour.SaveScreenshotAsync("co-applicant-join-nojs");
        await neighbour.GetByRole(AriaRole.Button, new() { Name = "Ik doe mee" }).ClickAsync();
        Assert.Equal(Application, await neighbour.Locator("h1").InnerTextAsync());
        await neighbour.GotoAsync(app.Url() + "/aanvragen");
        Assert.Contains(Application, await neighbour.Locator("main").InnerTextAsync());

        await resident.ReloadAsync();
        Assert.Contains("doet mee", await resident.Locator("main").InnerTextAsync());

        // The join page itself, checked in a scripted tab.
        var check = await browser.NewPageAsync();
        await check.SignInAsync(app.Url(), Neighbour);
        await check.GotoAsync(app.Url() + new Uri(link).PathAndQuery);
        await check.ExamineAsync("co-applicant-join");
    }

    [Fact]
    public async Task The_administrator_adds_an_offer_to_the_catalogue_that_residents_then_choose_from_and_reads_the_calls_figures_and_a_file_with_a_photo()
    {
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(app.Url(), DemoSeeder.AdminEmail);
        await admin.GotoAsync(app.Url() + "/beheer/oproepen");
        await admin.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).First.ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Catalogus voor 'meedoen'" }).ClickAsync();
        await admin.ExamineAsync("catalogue");
        var empty = admin.Locator("fieldset", new() { Has = admin.GetByText("Nieuw aanbod") }).First;
        await empty.GetByLabel("Naam").FillAsync("Petanquebaan voor een zomer");
        await empty.GetByLabel("Wat is het?").FillAsync("Een mobiele petanquebaan met ballen, voor twee maanden.");
        await empty.GetByLabel("Wat het de stad kost").FillAsync("450");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Catalogus bewaren" }).ClickAsync();
        Assert.Contains("De catalogus is bewaard.", await admin.Locator("main").InnerTextAsync());

        var resident = await browser.NewPageAsync(javaScript: false, width: 360);
        await resident.GotoAsync(app.Url() + "/oproepen");
        await resident.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        Assert.Contains("Petanquebaan voor een zomer", await resident.Locator("main").InnerTextAsync());

        await admin.GotoAsync(app.Url() + "/beoordeling");
        await admin.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Cijfers van de oproep" }).ClickAsync();
        Assert.Contains("Zitbanken langs de Molenbeek", await admin.Locator("main").InnerTextAsync());
        await admin.ExamineAsync("call-figures");

        // The working group opens that file and sees the photo the applicant added, with its description.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Zitbanken langs de Molenbeek" }).ClickAsync();
        var photo = admin.GetByRole(AriaRole.Img, new() { Name = "Tekening van het pad langs de Molenbeek, waar de zitbanken zouden staan" });
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the applicant's photo loads for the working group");
        await admin.ExamineAsync("review-file-photo");
    }
}
