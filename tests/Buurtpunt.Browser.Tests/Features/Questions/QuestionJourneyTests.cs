using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Questions;

public class QuestionJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task Resident_asks_at_the_point_a_worker_answers_and_the_resident_picks_the_best_answer()
    {
        var baseUrl = app.Url();
        var resident = await browser.NewPageAsync(width: 360);
        await resident.SignInAsync(baseUrl, DemoSeeder.ResidentEmail);
        await resident.GotoAsync(baseUrl + "/punt/dorpspunt-runkelen");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Vragen" }).First.ClickAsync();
        await resident.ExamineAsync("questions-list");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Stel een vraag" }).ClickAsync();
        await resident.ExamineAsync("question-ask");
        await resident.GetByLabel("Uw vraag in één zin").FillAsync("Hoe maak ik een afspraak bij de huisarts online?");
        await resident.GetByLabel("Vertel wat meer").FillAsync("De website vraagt een **itsme**-code.");
        await resident.GetByLabel("Waarover gaat het?").SelectOptionAsync("Digital");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        Assert.Equal("Hoe maak ik een afspraak bij de huisarts online?", await resident.Locator("h1").InnerTextAsync());
        var questionUrl = resident.Url;

        // A worker answers, without JavaScript.
        var worker = await browser.NewPageAsync(javaScript: false);
        await worker.SignInAsync(baseUrl, DemoSeeder.WorkerEmail);
        await worker.GotoAsync(questionUrl);
        await worker.GetByLabel("Uw antwoord").FillAsync("Kom donderdag langs, dan zetten we itsme samen op uw gsm.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Antwoord plaatsen" }).ClickAsync();
        Assert.Contains("Bedankt voor uw antwoord", await worker.Locator(".notice").InnerTextAsync());
        await worker.SaveScreenshotAsync("question-answered-nojs");

        var mail = await app.Mail!.WaitForAsync(DemoSeeder.ResidentEmail, "Er is een antwoord op uw vraag");
        await resident.GotoAsync(baseUrl + new Uri(MailSink.LinkIn(mail)).PathAndQuery);
        await resident.ExamineAsync("question-answered");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Dit is het beste antwoord" }).ClickAsync();
        Assert.Contains("Opgelost", await resident.Locator("main").InnerTextAsync());
        Assert.Equal(1, await resident.Locator(".answer.best").CountAsync());
        await resident.ExamineAsync("question-solved");
    }

    [Fact]
    public async Task Worker_keeps_a_solved_question_as_an_faq_entry_and_the_faq_prints()
    {
        var baseUrl = app.Url();
        var worker = await browser.NewPageAsync();
        await worker.SignInAsync(baseUrl, DemoSeeder.WorkerEmail);
        await worker.GotoAsync(baseUrl + "/punt/dorpspunt-runkelen/vragen");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Hoe zet ik de app van de bank op mijn nieuwe gsm?" }).ClickAsync();
        await worker.GetByRole(AriaRole.Link, new() { Name = "Maak er een veelgestelde vraag van" }).ClickAsync();
        await worker.ExamineAsync("faq-make");
        await worker.GetByLabel("Vraag", new() { Exact = true }).FillAsync("Hoe zet ik mijn bank-app over naar een nieuwe gsm?");
        await worker.GetByLabel("Voor wie?").SelectOptionAsync("Area");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Contains("/punt/dorpspunt-runkelen/faq", worker.Url);
        Assert.Contains("Hoe zet ik mijn bank-app over naar een nieuwe gsm?", await worker.Locator("#faq-Digital + article, .faq-group").First.InnerTextAsync());

        var visitor = await browser.NewPageAsync(width: 360);
        await visitor.GotoAsync(baseUrl + "/punt/dorpspunt-runkelen/faq");
        await visitor.ExamineAsync("faq-point");
        await visitor.EmulateMediaAsync(new() { Media = Media.Print });
        await visitor.SaveScreenshotAsync("faq-point-print");
    }

    [Fact]
    public async Task Resident_reports_a_question_and_a_worker_hides_it_with_a_reason()
    {
        var baseUrl = app.Url();
        var resident = await browser.NewPageAsync(javaScript: false, width: 360);
        await resident.SignInAsync(baseUrl, DemoSeeder.ResidentEmail);
        await resident.GotoAsync(baseUrl + "/punt/dorpspunt-runkelen/vragen");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Wie wil mee de speeltuin opruimen?" }).ClickAsync();
        await resident.Locator("details.flag summary").First.ClickAsync();
        await resident.GetByLabel("Waarom hoort dit hier niet?").First.SelectOptionAsync("WrongPlace");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).First.ClickAsync();
        Assert.Contains("Een buurtwerker kijkt ernaar", await resident.Locator(".notice").InnerTextAsync());
        await resident.SaveScreenshotAsync("question-reported-nojs-360");

        var worker = await browser.NewPageAsync();
        await worker.SignInAsync(baseUrl, DemoSeeder.WorkerEmail);
        await worker.GotoAsync(baseUrl + "/beheer");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Meldingen" }).ClickAsync();
        await worker.ExamineAsync("moderation-queue");
        await worker.GetByLabel("Reden (de schrijver krijgt ze te lezen)").First.FillAsync("Dit hoort bij de activiteiten, niet bij de vragen.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Verbergen" }).First.ClickAsync();
        Assert.Contains("De meldingen zijn afgehandeld", await worker.Locator(".notice").InnerTextAsync());
        await worker.GetByRole(AriaRole.Link, new() { Name = "Toon verborgen bijdragen" }).ClickAsync();
        await worker.ExamineAsync("moderation-hidden");

        await resident.GotoAsync(baseUrl + "/punt/dorpspunt-runkelen/vragen");
        Assert.DoesNotContain("speeltuin", await resident.Locator("main").InnerTextAsync());
    }
}
