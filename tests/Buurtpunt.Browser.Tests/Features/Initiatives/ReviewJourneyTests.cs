using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Initiatives;

/// <summary>
/// Who reviews what. An administrator, on a phone without JavaScript, opens a new call and sets up
/// its review: a community worker in the working group, an external member and a chair in the
/// committee, the criteria the committee scores on; the members then find the call on their review
/// page. In the demo call, a working group member who supports an application as a neighbour does
/// not review it, and the committee's chair declares a conflict of interest.
/// </summary>
public class ReviewJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private const string CallTitle = "Kom op voor je wijk 2028";
    private const string MemberEmail = "jurylid.an@haspenhove.example";
    private const string Supported = "Straatfeest in de Stationsstraat";
    private const string Declared = "Zitbanken langs de Molenbeek";
    private const string Conflicted = "U beoordeelt deze aanvraag niet: u vroeg ze (mee) aan, u steunt ze, of u meldde een belangenconflict.";

    [Fact]
    public async Task An_administrator_seats_the_working_group_and_the_committee_and_edits_the_criteria_without_javascript()
    {
        await app.PersonAsync(MemberEmail, [(Role.Reviewer, null)]);
        var admin = await browser.NewPageAsync(javaScript: false, width: 360);
        await admin.SignInAsync(app.Url(), DemoSeeder.AdminEmail);
        await admin.GotoAsync(app.Url() + "/beheer/oproepen");
        await admin.GetByLabel("Naam van de oproep").FillAsync(CallTitle);
        await admin.GetByLabel("Totaal budget").FillAsync("120.000");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Oproep maken" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Werkgroep, jury en criteria" }).ClickAsync();
        Assert.Equal($"Beoordeling: {CallTitle}", await admin.Locator("h1").InnerTextAsync());
        Assert.Contains("Nog niemand.", await admin.Locator("main").InnerTextAsync());
        var setupUrl = admin.Url;

        async Task SeatAsync(string email, string panel, bool chair = false)
        {
            await admin.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
            await admin.GetByLabel("Groep", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = panel });
            if (chair) await admin.GetByLabel("Voorzitter van de jury").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
        }

        // A resident has no reviewer role: the page says what to do first, and seats no one.
        await SeatAsync(DemoSeeder.ResidentEmail, "Werkgroep (stad)");
        Assert.Contains("Geef deze persoon eerst de rol 'beoordelaar' (bij Mensen).", await admin.Locator("main").InnerTextAsync());
        Assert.Contains("Nog niemand.", await admin.Locator("main").InnerTextAsync());

        await SeatAsync(DemoSeeder.WorkerEmail, "Werkgroep (stad)");
        Assert.Equal("Het lid is toegevoegd.", await admin.Locator(".notice").InnerTextAsync());
        await SeatAsync(MemberEmail, "Jury");
        await SeatAsync(DemoSeeder.AdminEmail, "Jury"); // by mistake: taken out again below
        await SeatAsync(DemoSeeder.JurorEmail, "Jury", chair: true);
        await SeatAsync(DemoSeeder.WorkerEmail, "Werkgroep (stad)");
        Assert.Contains("Deze persoon zit al in die groep.", await admin.Locator("main").InnerTextAsync());

        await admin.GetByRole(AriaRole.Button, new() { Name = "Els Beheerder weghalen" }).ClickAsync();
        Assert.Equal("Het lid is weggehaald.", await admin.Locator(".notice").InnerTextAsync());
        var members = (await admin.Locator("main ul.plain-list > li").AllInnerTextsAsync()).Select(m => m.Replace("\n", " ")).ToList();
        Assert.Equal(3, members.Count);
        Assert.Contains(members, m => m.StartsWith("Jana Buurtwerker (buurtwerker@haspenhove.example): Werkgroep (stad)", StringComparison.Ordinal));
        Assert.Contains(members, m => m.StartsWith("Lotte Jurylid (jury@haspenhove.example): Jury, voorzitter", StringComparison.Ordinal));
        Assert.Contains(members, m => m.StartsWith($"Test jurylid.an ({MemberEmail}): Jury ", StringComparison.Ordinal));

        // The criteria: one is dropped, one is added, one per line.
        Assert.Equal("Betrokkenheid van de buurt\nHaalbaarheid\nBereik: wie heeft er iets aan?\nDuurzaamheid: blijft er iets van over?",
            await admin.GetByLabel("Criteria, één per regel").InputValueAsync());
        await admin.GetByLabel("Criteria, één per regel").FillAsync("Betrokkenheid van de buurt\nHaalbaarheid\n\n  Toegankelijk voor iedereen  \nDuurzaamheid: blijft er iets van over?");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Criteria bewaren" }).ClickAsync();
        Assert.Equal("De criteria zijn bewaard.", await admin.Locator(".notice").InnerTextAsync());
        Assert.Equal("Betrokkenheid van de buurt\nHaalbaarheid\nToegankelijk voor iedereen\nDuurzaamheid: blijft er iets van over?",
            await admin.GetByLabel("Criteria, één per regel").InputValueAsync());
        await admin.SaveScreenshotAsync("review-setup-nojs-360");

        // The same page checked with axe in a scripted tab, also with a refused seat.
        var check = await browser.NewPageAsync();
        await check.SignInAsync(app.Url(), DemoSeeder.AdminEmail);
        await check.GotoAsync(setupUrl);
        await check.ExamineAsync("review-setup");
        await check.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("niemand@haspenhove.example");
        await check.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
        Assert.Contains("Niemand meldt aan met dit e-mailadres.", await check.Locator("main").InnerTextAsync());
        await check.ExamineAsync("review-setup-refused");

        // The new committee member finds this call, and only this one, on their review page.
        var member = await browser.NewPageAsync(width: 360);
        await member.SignInAsync(app.Url(), MemberEmail);
        await member.GotoAsync(app.Url() + "/beoordeling");
        var calls = await member.Locator("main").InnerTextAsync();
        Assert.Contains(CallTitle, calls);
        Assert.DoesNotContain(DemoSeeder.DemoCallTitle, calls);
        await member.ExamineAsync("review-calls");
        await member.GetByRole(AriaRole.Link, new() { Name = CallTitle }).ClickAsync();
        Assert.Equal($"Aanvragen: {CallTitle}", await member.Locator("h1").InnerTextAsync());
        Assert.Contains("Er zijn nog geen ingediende aanvragen.", await member.Locator("main").InnerTextAsync());
        await member.ExamineAsync("review-queue-empty");

        // The chair of the demo call now reviews two calls; on a phone without JavaScript too.
        var chair = await browser.NewPageAsync(javaScript: false, width: 360);
        await chair.SignInAsync(app.Url(), DemoSeeder.JurorEmail);
        await chair.GotoAsync(app.Url() + "/beoordeling");
        var chairCalls = await chair.Locator("main").InnerTextAsync();
        Assert.Contains(CallTitle, chairCalls);
        Assert.Contains(DemoSeeder.DemoCallTitle, chairCalls);
        await chair.GetByRole(AriaRole.Link, new() { Name = CallTitle }).ClickAsync();
        Assert.Equal($"Aanvragen: {CallTitle}", await chair.Locator("h1").InnerTextAsync());
        await chair.SaveScreenshotAsync("review-queue-nojs-360");
    }

    [Fact]
    public async Task A_reviewer_who_supports_an_application_does_not_review_it_and_a_chair_declares_a_conflict_without_javascript()
    {
        var url = app.Url();
        var resident = await browser.NewPageAsync();
        await resident.SignInAsync(url, DemoSeeder.ResidentEmail);
        await resident.GotoAsync(url + "/aanvragen");
        await resident.GetByRole(AriaRole.Link, new() { Name = Supported }).ClickAsync();
        var link = await resident.Locator("a[href^='/steun/']").GetAttributeAsync("href");
        var id = new Uri(resident.Url).Segments.Last();

        // The community worker lives in the street and supports it, signed in: the form knows her name.
        var worker = await browser.NewPageAsync();
        await worker.SignInAsync(url, DemoSeeder.WorkerEmail);
        await worker.GotoAsync(url + link);
        Assert.Equal("Jana Buurtwerker", await worker.GetByLabel("Uw naam").InputValueAsync());
        await worker.GetByLabel("Uw adres").FillAsync("Stationsstraat 21");
        await worker.GetByLabel("Ik woon op dit adres en ik steun dit project.").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ik steun dit project" }).ClickAsync();
        Assert.Contains("Uw steun is geteld", await worker.Locator("main").InnerTextAsync());

        // In her queue it is marked as not hers to review; the other application is not.
        await worker.GotoAsync(url + "/beoordeling");
        await worker.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        var rows = worker.Locator("main tbody tr");
        Assert.Contains("U beoordeelt deze niet (belangenconflict)", await rows.Filter(new() { HasText = Supported }).InnerTextAsync());
        Assert.DoesNotContain("belangenconflict", await rows.Filter(new() { HasText = Declared }).InnerTextAsync());
        await worker.ExamineAsync("review-queue-conflict");

        // Her file says so, and shows nothing of the application: no answers, no applicant, no supporters, no steps.
        await worker.GetByRole(AriaRole.Link, new() { Name = Supported }).ClickAsync();
        var file = await worker.Locator("main").InnerTextAsync();
        Assert.Contains(Conflicted, file);
        Assert.DoesNotContain("Rik Bewoner", file);
        Assert.DoesNotContain("Stationsstraat 21", file);
        Assert.DoesNotContain("Wat er gebeurde", file);
        Assert.Equal(0, await worker.Locator("main form").CountAsync());
        await worker.ExamineAsync("review-file-conflict");

        // The rest of the working group carries on: the administrator sees her support and starts the review.
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(url, DemoSeeder.AdminEmail);
        await admin.GotoAsync($"{url}/beoordeling/aanvraag/{id}");
        Assert.Contains("Jana Buurtwerker · Stationsstraat 21", await admin.Locator("main").InnerTextAsync());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Behandeling starten" }).ClickAsync();
        Assert.Equal("De behandeling is gestart.", await admin.Locator(".notice").InnerTextAsync());

        // The chair of the committee, on a phone without JavaScript, declares a conflict for the benches.
        var chair = await browser.NewPageAsync(javaScript: false, width: 360);
        await chair.SignInAsync(url, DemoSeeder.JurorEmail);
        await chair.GotoAsync(url + "/beoordeling");
        await chair.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        Assert.Contains("Scores geven", await chair.Locator("main tbody tr").Filter(new() { HasText = Declared }).InnerTextAsync());
        await chair.GetByRole(AriaRole.Link, new() { Name = Declared }).ClickAsync();
        Assert.Equal(1, await chair.GetByRole(AriaRole.Button, new() { Name = "Scores bewaren" }).CountAsync());
        await chair.GetByText("Ik heb een belangenconflict").ClickAsync();
        await chair.GetByLabel("Waarom?").FillAsync("Mijn zus woont aan de Molenbeek.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Belangenconflict melden" }).ClickAsync();
        Assert.Equal("Uw belangenconflict is genoteerd. U beoordeelt deze aanvraag niet.", await chair.Locator(".notice").First.InnerTextAsync());
        Assert.Contains(Conflicted, await chair.Locator("main").InnerTextAsync());
        Assert.Equal(0, await chair.GetByRole(AriaRole.Button, new() { Name = "Scores bewaren" }).CountAsync());
        Assert.Equal(0, await chair.GetByRole(AriaRole.Button, new() { Name = "Advies van de jury bewaren" }).CountAsync());
        await chair.SaveScreenshotAsync("review-file-declared-conflict-nojs-360");
        await chair.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        Assert.Contains("U beoordeelt deze niet (belangenconflict)", await chair.Locator("main tbody tr").Filter(new() { HasText = Declared }).InnerTextAsync());
    }

    // The review pages are staff pages: the applicant's name, supporters' names and addresses are shown only after two steps.
    [Fact]
    public async Task A_working_group_member_without_a_second_step_is_sent_to_set_one_up_before_reviewing()
    {
        // A new member of staff who has not set up an authenticator app or passkey yet: the password alone signs them in.
        const string email = "werkgroep.nieuw@haspenhove.example";
        var person = await app.PersonAsync(email, [(Role.CommunityWorker, null)]);
        var file = await app.WithDbAsync(async db =>
        {
            await db.Users.IgnoreQueryFilters().Where(u => u.Id == person).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, false));
            var call = await db.Calls.IgnoreQueryFilters().SingleAsync(c => c.Title == DemoSeeder.DemoCallTitle);
            db.CallSeats.Add(new CallSeat { MunicipalityId = call.MunicipalityId, CallId = call.Id, PersonId = person, Panel = Panel.WorkingGroup });
            await db.SaveChangesAsync();
            return await db.Applications.IgnoreQueryFilters().Where(a => a.Title == Declared).Select(a => a.Id).SingleAsync();
        });
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app.Url(), email);
        Assert.DoesNotContain("/aanmelden", page.Url);

        // Like the desk's pages, the review pages show applicants' names and their neighbours'
        // addresses: they must wait for the second step.
        await page.GotoAsync(app.Url() + "/balie/hulp");
        Assert.EndsWith("/profiel/tweestaps?nodig=1", page.Url);
        foreach (var path in new[] { "/beoordeling", $"/beoordeling/aanvraag/{file}" })
        {
            await page.GotoAsync(app.Url() + path);
            var shown = await page.Locator("main").InnerTextAsync();
            Assert.True(page.Url.EndsWith("/profiel/tweestaps?nodig=1", StringComparison.Ordinal), $"{path} opened with a password only and shows: {shown[..Math.Min(300, shown.Length)]}");
        }
    }
}
