using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Core.Help;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.People;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Help;

/// <summary>
/// A whole round in Zepperen: three requests, two volunteers. The worker proposes, adjusts and
/// confirms; one volunteer accepts (on a phone, without JavaScript), the other declines; the
/// worker re-matches, records the help as done; the resident thanks; the figures count it.
/// </summary>
public class HelpRoundJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task Propose_adjust_confirm_accept_decline_rematch_done_and_thanks()
    {
        var (municipality, area) = (await app.MunicipalityIdAsync(), await app.AreaIdAsync("Zepperen"));
        var askers = new[] { "ria", "bert", "cas" };
        var ids = new List<Guid>();
        foreach (var name in askers) ids.Add(await app.PersonAsync($"{name}@zepperen.example", [(Role.Resident, null)]));
        var vera = await app.PersonAsync("vera@zepperen.example", [(Role.Resident, null)]);
        var wout = await app.PersonAsync("wout@zepperen.example", [(Role.Resident, null)]);
        var now = DateTime.UtcNow;
        await app.WithDbAsync(db =>
        {
            HelpKind[] kinds = [HelpKind.Errands, HelpKind.DigitalHelp, HelpKind.DigitalHelp];
            for (var i = 0; i < 3; i++)
                db.HelpRequests.Add(new HelpRequest
                {
                    MunicipalityId = municipality, AreaId = area, RequesterId = ids[i], Kind = kinds[i], Description = $"Hulp voor {askers[i]}.",
                    Address = $"Dorpsstraat {i + 40}", Phone = $"0470 00 11 2{i}", Date = new DateOnly(2026, 11, 26), From = new TimeOnly(9, 0), Until = new TimeOnly(12, 0),
                    Minutes = 60, Status = HelpStatus.Open, CreatedUtc = now.AddDays(-1), StatusChangedUtc = now.AddDays(-1),
                });
            Volunteer Offer(Guid who, HelpKind[] offers, int max) => new()
            {
                MunicipalityId = municipality, UserId = who, AreaId = area, Kinds = [.. offers], Languages = ["nl"], Slots = [9], RangeKm = 1,
                MaxRequests = max, HoursPerWeek = 5, ApprovedUtc = now, UpdatedUtc = now,
            };
            db.Volunteers.AddRange(Offer(vera, [HelpKind.Errands, HelpKind.DigitalHelp], 3), Offer(wout, [HelpKind.DigitalHelp], 1));
            return db.SaveChangesAsync();
        });

        // The worker proposes for Zepperen and swaps the two digital requests before confirming.
        var worker = await browser.NewPageAsync();
        await worker.SignInAsync(app.Url(), DemoSeeder.WorkerEmail);
        await worker.GotoAsync(app.Url() + "/balie/burenmatcher");
        await worker.GetByLabel("Dorp of wijk").SelectOptionAsync(new SelectOptionValue { Label = "Zepperen" });
        await worker.GetByRole(AriaRole.Button, new() { Name = "Stel voor" }).ClickAsync();
        Assert.Contains("3 van de 3 open vragen krijgen een voorstel", await worker.Locator("main").InnerTextAsync());
        await worker.ExamineAsync("matcher-proposal");
        var forBert = worker.GetByLabel("Vrijwilliger voor Digitale hulp · Test bert");
        var forCas = worker.GetByLabel("Vrijwilliger voor Digitale hulp · Test cas");
        var (bertsPick, casPick) = (await forBert.InputValueAsync(), await forCas.InputValueAsync());
        Assert.NotEqual(bertsPick, casPick);
        await forBert.SelectOptionAsync(casPick);
        await forCas.SelectOptionAsync(bertsPick);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en voorstellen versturen" }).ClickAsync();
        Assert.Contains("De voorstellen zijn verstuurd", await worker.Locator("main").InnerTextAsync());
        Assert.Equal(0, await forBert.CountAsync()); // all three proposed: nothing is left open

        // Vera, on a phone without JavaScript, sees no address until she says yes (axe checks run in a second, scripted tab).
        var veraPage = await browser.NewPageAsync(javaScript: false, width: 360);
        await veraPage.SignInAsync(app.Url(), "vera@zepperen.example");
        await veraPage.GotoAsync(app.Url() + "/hulp");
        await veraPage.GetByRole(AriaRole.Link, new() { Name = "Mijn hulp als vrijwilliger" }).ClickAsync();
        await veraPage.GetByRole(AriaRole.Link, new() { Name = "Boodschappen" }).ClickAsync();
        Assert.DoesNotContain("Dorpsstraat", await veraPage.Locator("main").InnerTextAsync());
        var veraCheck = await browser.NewPageAsync();
        await veraCheck.SignInAsync(app.Url(), "vera@zepperen.example");
        await veraCheck.GotoAsync(app.Url() + "/hulp/voorstellen");
        await veraCheck.ExamineAsync("volunteer-proposals");
        await veraCheck.GotoAsync(veraPage.Url);
        await veraCheck.ExamineAsync("volunteer-proposal");
        await veraPage.GetByRole(AriaRole.Button, new() { Name = "Ja, ik help" }).ClickAsync();
        var accepted = await veraPage.Locator("main").InnerTextAsync();
        Assert.Contains("Dorpsstraat 40", accepted);
        Assert.Contains("0470 00 11 20", accepted);
        await veraPage.SaveScreenshotAsync("volunteer-proposal-accepted-nojs");
        await veraCheck.ReloadAsync();
        await veraCheck.ExamineAsync("volunteer-proposal-accepted");

        // Wout declines his, with a reason.
        var woutPage = await browser.NewPageAsync(javaScript: false, width: 360);
        await woutPage.SignInAsync(app.Url(), "wout@zepperen.example");
        await woutPage.GotoAsync(app.Url() + "/hulp/voorstellen");
        await woutPage.GetByRole(AriaRole.Link, new() { Name = "Digitale hulp" }).ClickAsync();
        await woutPage.GetByLabel("Waarom niet? (niet verplicht)").FillAsync("Ik ben die week weg.");
        await woutPage.GetByRole(AriaRole.Button, new() { Name = "Nee, ik kan niet" }).ClickAsync();
        Assert.Contains("We zoeken iemand anders", await woutPage.Locator("main").InnerTextAsync());
        await woutPage.SaveScreenshotAsync("volunteer-declined-nojs");

        // The next round: only Vera is left for that request, and the worker confirms her.
        await worker.GotoAsync(app.Url() + "/balie/burenmatcher?gebied=zepperen");
        Assert.Contains("1 van de 1 open vragen krijgen een voorstel", await worker.Locator("main").InnerTextAsync());
        var declined = worker.Locator("select[name^='Pick']");
        Assert.Equal(1, await declined.Locator("option:not([value=''])").CountAsync());
        Assert.Contains("Test vera", await declined.Locator("option[selected]").InnerTextAsync());
        await worker.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en voorstellen versturen" }).ClickAsync();
        Assert.Contains("De voorstellen zijn verstuurd", await worker.Locator("main").InnerTextAsync());

        // The errands were done: the worker closes the request with a note.
        await worker.GotoAsync(app.Url() + "/balie/hulp");
        await worker.ExamineAsync("help-desk-round");
        await worker.Locator("table", new() { Has = worker.GetByRole(AriaRole.Cell, new() { Name = "Test ria" }) })
            .GetByRole(AriaRole.Link, new() { Name = "Boodschappen" }).First.ClickAsync();
        await worker.GetByLabel("Notitie (voor de buurtwerkers)").FillAsync("Boodschappen gedaan, alles goed.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Gedaan: de hulp is gegeven" }).ClickAsync();
        Assert.Contains("Afgesloten: de hulp is gegeven", await worker.Locator("main").InnerTextAsync());
        await worker.ExamineAsync("help-request-done");

        // Ria thanks Vera, on a phone without JavaScript; Vera reads it.
        var ria = await browser.NewPageAsync(javaScript: false, width: 360);
        await ria.SignInAsync(app.Url(), "ria@zepperen.example");
        await ria.GotoAsync(app.Url() + "/hulp");
        await ria.GetByRole(AriaRole.Link, new() { Name = "Boodschappen" }).ClickAsync();
        Assert.DoesNotContain("alles goed", await ria.Locator("main").InnerTextAsync()); // the worker's note is not hers
        var riaCheck = await browser.NewPageAsync();
        await riaCheck.SignInAsync(app.Url(), "ria@zepperen.example");
        await riaCheck.GotoAsync(ria.Url);
        await riaCheck.ExamineAsync("help-request-thanks-form");
        await ria.GetByLabel("Uw bericht").FillAsync("Dank u wel, Vera!");
        await ria.GetByRole(AriaRole.Button, new() { Name = "Bedankje versturen" }).ClickAsync();
        Assert.Contains("De vrijwilliger krijgt uw bericht", await ria.Locator("main").InnerTextAsync());
        await ria.SaveScreenshotAsync("help-request-thanked-nojs");
        await veraCheck.ReloadAsync();
        Assert.Contains("Dank u wel, Vera!", await veraCheck.Locator("main").InnerTextAsync());
        await veraCheck.ExamineAsync("volunteer-proposal-thanked");

        await worker.GotoAsync(app.Url() + "/balie/hulp/cijfers");
        var zepperen = await worker.GetByRole(AriaRole.Row).Filter(new() { HasText = "Zepperen" }).InnerTextAsync();
        Assert.Contains("1 van 3 (33%)", zepperen); // only Vera's yes to the errands so far
        await worker.ExamineAsync("help-statistics");
    }
}
