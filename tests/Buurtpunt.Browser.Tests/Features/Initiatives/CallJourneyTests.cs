using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Initiatives;

/// <summary>
/// The demo call from application to showcase (issue 8). Three residents apply, one per track; the
/// experiment's applicant does everything on a phone without JavaScript. Neighbours support it
/// online and on paper; the working group starts, asks a question and advises; two committee members
/// score independently; the chair advises; the council approves two (one with conditions) and turns
/// one down with a reason; the city starts the projects and pays; the projects add a receipt and news
/// with a photo; the experiment sends its evaluation; the showcase shows both in their village.
/// </summary>
public class CallJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    private const string JoinTitle = "Buurtfeest op het Marktplein";
    private const string ExperimentTitle = "Schoolstraat op woensdag";
    private const string CreateTitle = "Ontmoetingsbank aan het dorpsplein";
    private const string JoinEmail = "jef@centrum.example", ExperimentEmail = "mira@zepperen.example", CreateEmail = "ward@aalst.example";
    private const string MemberEmail = "pieter.jury@haspenhove.example";
    private const string Question = "Hoe houdt u de straat veilig als er toch een auto moet passeren?";
    private const string Answer = "Twee buren met een fluohesje staan aan elk einde van de straat.";
    private const string Conditions = "Vraag een vergunning aan voor de inname van het openbaar domein.";
    private const string Reason = "Het Marktplein is die dag al voorbehouden voor de jaarmarkt.";
    private static readonly string[] Criteria = ["Betrokkenheid van de buurt", "Haalbaarheid", "Toegankelijk voor iedereen"];

    private string _url = "";

    private static Task<string> MainAsync(IPage page) => page.Locator("main").InnerTextAsync();

    private static int IdOf(IPage page) => int.Parse(new Uri(page.Url).Segments.Last().TrimEnd('/'));

    private async Task<IPage> SignedInAsync(string email, bool javaScript = true, int width = 1280)
    {
        var page = await browser.NewPageAsync(javaScript, width);
        await page.SignInAsync(_url, email);
        return page;
    }

    /// <summary>A committee member's scores, one radio per criterion; the form must ask exactly the call's criteria.</summary>
    private static async Task ScoreAsync(IPage page, string comment, params int[] points)
    {
        Assert.Equal(Criteria, await page.Locator("fieldset.scale legend").AllInnerTextsAsync());
        for (var i = 0; i < Criteria.Length; i++)
            await page.GetByRole(AriaRole.Group, new() { Name = Criteria[i], Exact = true }).GetByLabel(points[i].ToString(), new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Opmerking bij uw scores (niet verplicht)").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scores bewaren" }).ClickAsync();
        Assert.Equal("Uw scores zijn bewaard.", await page.Locator(".notice").InnerTextAsync());
    }

    /// <summary>The working group's or the committee's advice: an opinion and why.</summary>
    private static async Task AdviseAsync(IPage page, string opinion, string why, string button)
    {
        await page.GetByLabel(opinion, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Uitleg bij het advies").FillAsync(why);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task Three_applications_go_from_support_and_review_to_decision_projects_and_the_showcase()
    {
        _url = app.Url();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        foreach (var email in new[] { JoinEmail, ExperimentEmail, CreateEmail }) await app.PersonAsync(email, [(Role.Resident, null)]);
        await app.PersonAsync(MemberEmail, [(Role.Reviewer, null)]);

        // Everyone signs in on their own device: Mira on her phone without JavaScript (and on a computer,
        // where her pages are checked with axe), the city's staff and the committee in two steps.
        var devices = await Task.WhenAll(SignedInAsync(DemoSeeder.AdminEmail), SignedInAsync(JoinEmail), SignedInAsync(ExperimentEmail, javaScript: false, width: 360),
            SignedInAsync(CreateEmail), SignedInAsync(DemoSeeder.WorkerEmail), SignedInAsync(MemberEmail), SignedInAsync(DemoSeeder.JurorEmail), SignedInAsync(ExperimentEmail));
        var (admin, jef, mira, ward, worker, pieter, chair, miraChecked) = (devices[0], devices[1], devices[2], devices[3], devices[4], devices[5], devices[6], devices[7]);

        // The administrator adds a second committee member to the demo call and narrows the criteria to three.
        await admin.GotoAsync(_url + "/beheer/oproepen");
        await admin.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        var call = IdOf(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Werkgroep, jury en criteria" }).ClickAsync();
        await admin.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(MemberEmail);
        await admin.GetByLabel("Groep", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Jury" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
        Assert.Equal("Het lid is toegevoegd.", await admin.Locator(".notice").InnerTextAsync());
        await admin.GetByLabel("Criteria, één per regel").FillAsync(string.Join("\n", Criteria));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Criteria bewaren" }).ClickAsync();
        Assert.Equal("De criteria zijn bewaard.", await admin.Locator(".notice").InnerTextAsync());
        var setupUrl = admin.Url;

        // Join: Jef asks for a street party kit for the market square.
        await jef.GotoAsync($"{_url}/oproep/{call}");
        await jef.GetByRole(AriaRole.Button, new() { Name = "Aanvraag starten: Meedoen" }).ClickAsync();
        await jef.GetByLabel("Naam van uw project").FillAsync(JoinTitle);
        await jef.GetByLabel("In welke buurt of welk dorp?").SelectOptionAsync(new SelectOptionValue { Label = "Centrum" });
        await jef.GetByLabel("Straatfeestpakket").CheckAsync();
        await jef.GetByLabel("Op welke dag?").FillAsync("2027-06-12");
        await jef.GetByLabel("Waar precies?").FillAsync("Marktplein, kant van de kerk");
        await jef.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        Assert.Contains("Uw aanvraag is ingediend", await MainAsync(jef));
        var join = IdOf(jef);

        // Experiment: Mira, on her phone without JavaScript, from the list of calls to a submitted application.
        await mira.GotoAsync(_url + "/oproepen");
        await mira.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        await mira.GetByRole(AriaRole.Button, new() { Name = "Aanvraag starten: Experimenteren" }).ClickAsync();
        await mira.GetByLabel("Naam van uw project").FillAsync(ExperimentTitle);
        await mira.GetByLabel("In welke buurt of welk dorp?").SelectOptionAsync(new SelectOptionValue { Label = "Zepperen" });
        await mira.GetByLabel("Wat wilt u uitproberen?").FillAsync("Op woensdagmiddag is de Schoolstraat drie maanden autovrij, zodat de kinderen er kunnen spelen.");
        await mira.GetByLabel("Hoeveel maanden wilt u het proberen?").FillAsync("3");
        await mira.GetByLabel("Wie doet mee?", new() { Exact = true }).FillAsync("Acht gezinnen uit de straat en de basisschool.");
        await mira.GetByLabel("Hoeveel geld vraagt u?").FillAsync("2.400");
        await mira.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        Assert.Contains("Uw aanvraag is ingediend", await MainAsync(mira));
        var experiment = IdOf(mira);
        var supportLink = await mira.Locator("a[href^='/steun/']").GetAttributeAsync("href");
        await mira.SaveScreenshotAsync("initiative-experiment-submitted-nojs-360");

        // Create: Ward wants a bench where neighbours meet.
        await ward.GotoAsync($"{_url}/oproep/{call}");
        await ward.GetByRole(AriaRole.Button, new() { Name = "Aanvraag starten: Zelf creëren" }).ClickAsync();
        await ward.GetByLabel("Naam van uw project").FillAsync(CreateTitle);
        await ward.GetByLabel("In welke buurt of welk dorp?").SelectOptionAsync(new SelectOptionValue { Label = "Aalst" });
        await ward.GetByLabel("Wat wilt u doen?").FillAsync("Een houten bank met plantenbak, door de buren zelf gebouwd.");
        await ward.GetByLabel("Waar?", new() { Exact = true }).FillAsync("Dorpsplein van Aalst, naast de bushalte");
        await ward.GetByLabel("Wie doet mee en wie heeft er iets aan?").FillAsync("De buren bouwen; wie op de bus wacht, zit.");
        await ward.GetByLabel("Hoeveel geld vraagt u?").FillAsync("9.800");
        await ward.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        Assert.Contains("Uw aanvraag is ingediend", await MainAsync(ward));
        var create = IdOf(ward);

        // Support for the experiment: a neighbour online, without JavaScript, and two on the paper sheet, typed in by the city.
        var lies = await browser.NewPageAsync(javaScript: false, width: 360);
        await lies.GotoAsync(_url + supportLink);
        Assert.Contains("drie maanden autovrij", await MainAsync(lies));
        await lies.GetByLabel("Uw naam").FillAsync("Lies Janssens");
        await lies.GetByLabel("Uw adres").FillAsync("Schoolstraat 4");
        await lies.GetByLabel("Ik woon op dit adres en ik steun dit project.").CheckAsync();
        await lies.GetByRole(AriaRole.Button, new() { Name = "Ik steun dit project" }).ClickAsync();
        Assert.Contains("Uw steun is geteld", await MainAsync(lies));
        await lies.SaveScreenshotAsync("initiative-support-thanks-nojs-360");

        await admin.GotoAsync($"{_url}/aanvraag/{experiment}");
        foreach (var (name, address) in new[] { ("Maria Vos", "Schoolstraat 11"), ("Omer Claes", "Schoolstraat 9 bus 2") })
        {
            await admin.GetByLabel("Naam van wie tekende").FillAsync(name);
            await admin.GetByLabel("Adres van wie tekende").FillAsync(address);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Steun toevoegen" }).ClickAsync();
            Assert.Equal("De steun is toegevoegd.", await admin.Locator(".notice").InnerTextAsync());
        }
        var supporters = await MainAsync(admin);
        Assert.Contains("Lies Janssens · Schoolstraat 4", supporters);
        Assert.Contains("Maria Vos · Schoolstraat 11 · op papier", supporters);
        Assert.Contains("3 van de 5 adressen steunen deze aanvraag.", supporters);
        await admin.ExamineAsync("initiative-application-admin");

        await mira.ReloadAsync();
        var own = await MainAsync(mira);
        Assert.Contains("3 van de 5 adressen steunen deze aanvraag.", own);
        Assert.DoesNotContain("Lies Janssens", own); // the applicant sees how many, never who

        // The working group: its queue lists the three new ones to start.
        await worker.GotoAsync(_url + "/beoordeling");
        await worker.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.DemoCallTitle }).ClickAsync();
        var queue = worker.Locator("main tbody tr");
        foreach (var title in new[] { JoinTitle, ExperimentTitle, CreateTitle })
            Assert.Contains("Behandeling starten", await queue.Filter(new() { HasText = title }).InnerTextAsync());
        Assert.Contains("3 / 5", await queue.Filter(new() { HasText = ExperimentTitle }).InnerTextAsync());

        foreach (var id in new[] { join, create, experiment })
        {
            await worker.GotoAsync($"{_url}/beoordeling/aanvraag/{id}");
            await worker.GetByRole(AriaRole.Button, new() { Name = "Behandeling starten" }).ClickAsync();
            Assert.Equal("De behandeling is gestart.", await worker.Locator(".notice").InnerTextAsync());
        }
        // The file of the experiment, as the working group sees it: answers, applicant, who supports.
        var file = await MainAsync(worker);
        Assert.Contains("Aanvrager: Test mira", file);
        Assert.Contains("Omer Claes · Schoolstraat 9 bus 2 · op papier", file);
        await worker.ExamineAsync("review-file-working-group");
        await worker.GetByLabel("Uw vraag").FillAsync(Question);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        Assert.Equal("Uw vraag is verstuurd. De aanvraag staat terug bij de aanvrager.", await worker.Locator(".notice").InnerTextAsync());
        foreach (var (id, opinion) in new[] { (join, "Positief"), (create, "Positief, met voorwaarden") })
        {
            await worker.GotoAsync($"{_url}/beoordeling/aanvraag/{id}");
            await AdviseAsync(worker, opinion, "Past in de oproep.", "Advies bewaren");
            Assert.Equal("Het advies van de werkgroep is bewaard.", await worker.Locator(".notice").InnerTextAsync());
        }

        // Mira gets the question by mail and on her application; she answers it without JavaScript.
        var mail = await app.Mail!.WaitForAsync(ExperimentEmail, $"Een vraag over uw aanvraag: {ExperimentTitle}");
        Assert.Contains(Question, mail.TextBody);
        await miraChecked.GotoAsync($"{_url}/aanvraag/{experiment}");
        await miraChecked.ExamineAsync("initiative-application-question");
        await mira.ReloadAsync();
        var asked = await MainAsync(mira);
        Assert.Contains("Vraag van de stad", asked);
        Assert.Contains(Question, asked);
        await mira.SaveScreenshotAsync("initiative-application-question-nojs-360");
        await mira.GetByLabel("Wie doet mee?", new() { Exact = true }).FillAsync("Acht gezinnen uit de straat, de basisschool en twee gemachtigde opzichters.");
        await mira.GetByLabel("Uw antwoord").FillAsync(Answer);
        await mira.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        Assert.Contains("Wordt bekeken", await MainAsync(mira));
        Assert.Equal(0, await mira.GetByLabel("Uw antwoord").CountAsync());

        await worker.GotoAsync($"{_url}/beoordeling/aanvraag/{experiment}");
        var answered = await MainAsync(worker);
        Assert.Contains($"Antwoord van de aanvrager (Test mira) — {Answer}", answered.Replace("“", "").Replace("”", "").Replace("\"", ""));
        Assert.Contains("twee gemachtigde opzichters", answered);
        await AdviseAsync(worker, "Positief", "Goed voorbereid; de school doet mee.", "Advies bewaren");
        Assert.Equal("Het advies van de werkgroep is bewaard.", await worker.Locator(".notice").InnerTextAsync());

        // The committee: Pieter scores the bench first; the chair does not see his scores until she has given her own.
        await pieter.GotoAsync($"{_url}/beoordeling/aanvraag/{create}");
        var external = await MainAsync(pieter);
        Assert.Contains("Nog geen scores.", external);
        Assert.DoesNotContain("Aanvrager:", external); // the external committee does not see who applied
        await ScoreAsync(pieter, "Sterk plan: de buren bouwen zelf.", 4, 3, 5);
        Assert.Contains("Scores van de jury (1 lid)", await MainAsync(pieter));

        await chair.GotoAsync($"{_url}/beoordeling/aanvraag/{create}");
        var before = await MainAsync(chair);
        Assert.Contains("1 jurylid scoorde al. U ziet die scores nadat u zelf scoorde.", before);
        Assert.DoesNotContain("Sterk plan", before);
        Assert.DoesNotContain("Test pieter.jury", before);
        Assert.Equal(0, await chair.Locator("main table").CountAsync());
        await chair.ExamineAsync("review-file-score-hidden");
        await ScoreAsync(chair, "Mooi, maar let op de vergunning.", 5, 4, 4);
        var after = await MainAsync(chair);
        Assert.Contains("Scores van de jury (2 leden)", after);
        Assert.Contains("Sterk plan: de buren bouwen zelf.", after);
        var pieterRow = await chair.Locator("main tbody tr").Filter(new() { HasText = "Test pieter.jury" }).InnerTextAsync();
        Assert.Contains("4.0", pieterRow.Replace(',', '.')); // his average of 4, 3 and 5
        await chair.ExamineAsync("review-file-scores");
        await AdviseAsync(chair, "Positief", "De jury steunt de bank, met de vergunning als voorwaarde.", "Advies van de jury bewaren");
        Assert.Equal("Het advies van de jury is bewaard. De aanvraag is klaar voor de beslissing.", await chair.Locator(".notice").InnerTextAsync());
        foreach (var (id, opinion) in new[] { (experiment, "Positief"), (join, "Negatief") })
        {
            await chair.GotoAsync($"{_url}/beoordeling/aanvraag/{id}");
            await ScoreAsync(chair, "", 4, 4, 3);
            await AdviseAsync(chair, opinion, "Zo besproken in de jury.", "Advies van de jury bewaren");
            Assert.Equal("Het advies van de jury is bewaard. De aanvraag is klaar voor de beslissing.", await chair.Locator(".notice").InnerTextAsync());
        }
        // Criteria are now fixed, so every score compares.
        await admin.GotoAsync(setupUrl);
        Assert.Contains("Er zijn al scores gegeven: de criteria liggen vast", await MainAsync(admin));
        Assert.Equal(0, await admin.GetByRole(AriaRole.Button, new() { Name = "Criteria bewaren" }).CountAsync());

        // The council: two approved (one with conditions), one turned down with a reason.
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{create}");
        await admin.ExamineAsync("review-file-decision");
        await admin.GetByLabel("Toegekend bedrag").FillAsync("9.000");
        await admin.GetByLabel("Voorwaarden (als die er zijn)").FillAsync(Conditions);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren met dit bedrag" }).ClickAsync();
        Assert.Equal("De aanvraag is goedgekeurd. De aanvrager krijgt een mail.", await admin.Locator(".notice").InnerTextAsync());
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{experiment}");
        await admin.GetByLabel("Toegekend bedrag").FillAsync("2.400");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren met dit bedrag" }).ClickAsync();
        Assert.Equal("De aanvraag is goedgekeurd. De aanvrager krijgt een mail.", await admin.Locator(".notice").InnerTextAsync());
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{join}");
        await admin.GetByLabel("Reden", new() { Exact = true }).FillAsync(Reason);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Niet goedkeuren", Exact = true }).ClickAsync();
        Assert.Equal("De beslissing is bewaard. De aanvrager krijgt een mail met de reden.", await admin.Locator(".notice").InnerTextAsync());
        await admin.GotoAsync($"{_url}/beoordeling/oproep/{call}");
        var decided = await MainAsync(admin);
        Assert.Contains("Budget € 250.000,00 · toegekend € 11.400,00 · nog vrij € 238.600,00", decided);
        Assert.Contains("Goedgekeurd: € 9.000,00", await admin.Locator("main tbody tr").Filter(new() { HasText = CreateTitle }).InnerTextAsync());
        Assert.Contains("Niet goedgekeurd", await admin.Locator("main tbody tr").Filter(new() { HasText = JoinTitle }).InnerTextAsync());

        // The council's list and a whole file, as the administrator downloads them for the council.
        var excel = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Lijst voor het college (Excel)" }).ClickAsync());
        Assert.EndsWith(".xlsx", excel.SuggestedFilename);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(await excel.PathAsync())[..2]); // a zip: the Office format
        var list = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Lijst voor het college (PDF)" }).ClickAsync());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(await list.PathAsync())[..4]);
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{create}");
        var whole = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Het hele dossier als PDF" }).ClickAsync());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(await whole.PathAsync())[..4]);
        await admin.GotoAsync($"{_url}/beoordeling/oproep/{call}");

        // Jef reads why, on his application and in his mail; Ward reads the amount and the conditions.
        await jef.GotoAsync($"{_url}/aanvraag/{join}");
        var refused = await MainAsync(jef);
        Assert.Contains("Niet goedgekeurd", refused);
        Assert.Contains(Reason, refused);
        Assert.Equal(0, await jef.GetByRole(AriaRole.Button, new() { Name = "Aanvraag intrekken" }).CountAsync());
        Assert.Contains(Reason, (await app.Mail.WaitForAsync(JoinEmail, $"Beslissing over uw aanvraag: {JoinTitle}")).TextBody);
        await ward.GotoAsync($"{_url}/aanvraag/{create}");
        var approved = await MainAsync(ward);
        Assert.Contains("Goedgekeurd — U krijgt € 9.000,00.", approved);
        Assert.Contains($"Voorwaarden: {Conditions}", approved);

        // The city starts both projects; an experiment needs its end date, here within two weeks.
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{create}");
        Assert.Equal(today.ToString("yyyy-MM-dd"), await admin.GetByLabel("Startdatum").InputValueAsync());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Project gestart" }).ClickAsync();
        Assert.Equal("Het project loopt.", await admin.Locator(".notice").InnerTextAsync());
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{experiment}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Project gestart" }).ClickAsync();
        Assert.Contains("Een experiment heeft een einddatum: vul ze in.", await MainAsync(admin));
        await admin.GetByLabel("Einddatum").FillAsync(today.AddDays(10).ToString("yyyy-MM-dd"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Project gestart" }).ClickAsync();
        Assert.Equal("Het project loopt.", await admin.Locator(".notice").InnerTextAsync());

        // The city pays the bench's first instalment.
        await admin.GotoAsync($"{_url}/aanvraag/{create}/project");
        await admin.GetByLabel("Bedrag", new() { Exact = true }).FillAsync("4.500");
        await admin.GetByLabel("Opmerking (niet verplicht)").FillAsync("Eerste schijf");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Betaling noteren" }).ClickAsync();
        Assert.Equal("De betaling is genoteerd.", await admin.Locator(".notice").InnerTextAsync());
        Assert.Contains("€ 4.500,00 — Eerste schijf", await MainAsync(admin));

        // Ward adds the receipt of the wood and news with a photo.
        await ward.GotoAsync($"{_url}/aanvraag/{create}/project");
        await ward.GetByLabel("Wat kocht u?").FillAsync("Hout en schroeven");
        await ward.GetByLabel("Bedrag op het bonnetje").FillAsync("1.200");
        await ward.GetByLabel("Het bonnetje (PDF of foto)").SetInputFilesAsync(new FilePayload
        {
            Name = "bouwmarkt.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray(),
        });
        await ward.GetByRole(AriaRole.Button, new() { Name = "Bonnetje toevoegen" }).ClickAsync();
        Assert.Equal("Het bonnetje is toegevoegd.", await ward.Locator(".notice").InnerTextAsync());
        await ward.GetByLabel("Wat is er gebeurd?").FillAsync("De bank staat er. Zaterdag planten we de bak vol.");
        await ward.GetByLabel("Een foto (niet verplicht)").SetInputFilesAsync(TestFiles.Photo("bank.png"));
        await ward.GetByLabel("Wat staat er op de foto?").FillAsync("Buren zetten de nieuwe houten bank op het dorpsplein");
        await ward.GetByRole(AriaRole.Button, new() { Name = "Nieuws plaatsen" }).ClickAsync();
        Assert.Equal("Uw nieuws staat online.", await ward.Locator(".notice").InnerTextAsync());
        var ledger = await MainAsync(ward);
        Assert.Contains("Hout en schroeven: € 1.200,00", ledger);
        Assert.Contains("€ 3.300,00", ledger); // paid 4.500, receipts 1.200: still to justify
        Assert.Equal("Buren zetten de nieuwe houten bank op het dorpsplein", await ward.Locator("main article img").GetAttributeAsync("alt"));
        await ward.ExamineAsync("project-own");

        // Mira, still without JavaScript: news with a photo, then the evaluation, open from two weeks before the end.
        await mira.GotoAsync($"{_url}/aanvraag/{experiment}");
        Assert.Contains("U krijgt € 2.400,00.", await MainAsync(mira));
        await mira.GetByRole(AriaRole.Link, new() { Name = "Naar uw project: geld, bonnetjes en nieuws" }).ClickAsync();
        await mira.GetByLabel("Wat is er gebeurd?").FillAsync("De eerste woensdag speelden twintig kinderen op straat.");
        await mira.GetByLabel("Een foto (niet verplicht)").SetInputFilesAsync(TestFiles.Photo("schoolstraat.png"));
        await mira.GetByLabel("Wat staat er op de foto?").FillAsync("Kinderen tekenen met krijt op de autovrije Schoolstraat");
        await mira.GetByRole(AriaRole.Button, new() { Name = "Nieuws plaatsen" }).ClickAsync();
        Assert.Equal("Uw nieuws staat online.", await mira.Locator(".notice").InnerTextAsync());
        await mira.SaveScreenshotAsync("project-news-nojs-360");
        await miraChecked.GotoAsync($"{_url}/aanvraag/{experiment}/evaluatie");
        await miraChecked.ExamineAsync("project-evaluation");
        await mira.GetByRole(AriaRole.Link, new() { Name = "De evaluatie invullen" }).ClickAsync();
        await mira.GetByLabel("Wat ging goed?").FillAsync("Elke woensdag kwamen er meer kinderen.");
        await mira.GetByLabel("Wat liep anders dan gedacht?").FillAsync("Twee bestelwagens moesten toch door.");
        await mira.GetByLabel("Hoeveel mensen deden mee of hadden er iets aan?").FillAsync("45");
        await mira.GetByLabel("Ja, met aanpassingen").CheckAsync();
        await mira.GetByRole(AriaRole.Button, new() { Name = "Evaluatie versturen" }).ClickAsync();
        Assert.Equal("Dank u! Uw evaluatie is verstuurd.", await mira.Locator(".notice").InnerTextAsync());
        Assert.Contains("Geëvalueerd", await MainAsync(mira));
        await mira.SaveScreenshotAsync("project-evaluated-nojs-360");

        // The city reads the evaluation and closes the experiment.
        await admin.GotoAsync($"{_url}/aanvraag/{experiment}/evaluatie");
        Assert.Contains("Twee bestelwagens moesten toch door.", await MainAsync(admin));
        await admin.GotoAsync($"{_url}/beoordeling/aanvraag/{experiment}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Project afsluiten" }).ClickAsync();
        Assert.Equal("Het project is afgesloten.", await admin.Locator(".notice").InnerTextAsync());

        // The showcase, for anyone: both projects in their village, the refused one nowhere, no applicant's name.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(_url + "/realisaties");
        Assert.Contains(CreateTitle, await Section(visitor, "Aalst").InnerTextAsync());
        Assert.Contains(ExperimentTitle, await Section(visitor, "Zepperen").InnerTextAsync());
        Assert.Contains("Afgesloten", await visitor.Locator("li.card").Filter(new() { HasText = ExperimentTitle }).InnerTextAsync());
        var showcase = await MainAsync(visitor);
        Assert.DoesNotContain(JoinTitle, showcase);
        Assert.DoesNotContain("Test ", showcase);
        Assert.Equal("Kinderen tekenen met krijt op de autovrije Schoolstraat",
            await visitor.Locator("li.card").Filter(new() { HasText = ExperimentTitle }).Locator("img").GetAttributeAsync("alt"));
        await visitor.ExamineAsync("showcase");
        await visitor.GetByRole(AriaRole.Link, new() { Name = ExperimentTitle }).ClickAsync();
        var project = await MainAsync(visitor);
        Assert.Contains("Zepperen", project);
        Assert.Contains("€ 2.400,00", project);
        Assert.Contains("De eerste woensdag speelden twintig kinderen op straat.", project);
        Assert.DoesNotContain("mira", project, StringComparison.OrdinalIgnoreCase);
        await visitor.ExamineAsync("showcase-project");
    }

    // The receipt keeps the name it was given; the download is named after it, with the extension of what the file really is.
    [Fact]
    public async Task A_receipt_downloads_under_its_name_with_its_extension()
    {
        _url = app.Url();
        var resident = await SignedInAsync(DemoSeeder.ResidentEmail);
        await resident.GotoAsync(_url + "/aanvragen");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Plantenbakken in de Dorpsstraat" }).ClickAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "Naar uw project: geld, bonnetjes en nieuws" }).ClickAsync();
        await resident.GetByLabel("Wat kocht u?").FillAsync("Potgrond");
        await resident.GetByLabel("Bedrag op het bonnetje").FillAsync("84,50");
        await resident.GetByLabel("Het bonnetje (PDF of foto)").SetInputFilesAsync(new FilePayload
        {
            Name = "potgrond.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray(),
        });
        await resident.GetByRole(AriaRole.Button, new() { Name = "Bonnetje toevoegen" }).ClickAsync();
        Assert.Equal("Het bonnetje is toegevoegd.", await resident.Locator(".notice").InnerTextAsync());
        var download = await resident.RunAndWaitForDownloadAsync(() => resident.GetByRole(AriaRole.Link, new() { Name = "Potgrond" }).ClickAsync());
        Assert.Equal("potgrond.pdf", download.SuggestedFilename);
    }

    private static ILocator Section(IPage page, string area) =>
        page.Locator("main section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = area, Level = 2, Exact = true }) });
}
