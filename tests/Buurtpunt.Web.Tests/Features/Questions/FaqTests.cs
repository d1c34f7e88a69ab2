using System.Net;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Questions;

/// <summary>Solved questions become frequently asked questions of a point, an area or the municipality.</summary>
public class FaqTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);


    private Task<int> QuestionAsync(string title) =>
        factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().Where(q => q.Title == title).Select(q => q.Id).SingleAsync());

    private const string SolvedTitle = "Hoe zet ik de app van de bank op mijn nieuwe gsm?";

    [Fact]
    public async Task A_worker_turns_a_solved_question_into_an_faq_entry_grouped_by_category()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await QuestionAsync(SolvedTitle);
        Assert.NotNull((await worker.GetPageAsync($"/vraag/{id}")).QuerySelector($"a[href='/vraag/{id}/faq']"));
        var form = await worker.GetPageAsync($"/vraag/{id}/faq");
        Assert.Equal(SolvedTitle, form.QuerySelector("#Input_Question")!.GetAttribute("value"));
        Assert.Contains("bankkaart", form.QuerySelector("#Input_Answer")!.TextContent);

        var saved = await worker.PostFormAsync($"/vraag/{id}/faq",
            [F("Input.Question", "Mijn bank-app werkt niet op een nieuwe gsm"), F("Input.Answer", "Kom langs met uw **bankkaart**."), F("Input.Category", "Digital"), F("Input.Scope", "Point")]);
        Assert.Equal("/punt/dorpspunt-runkelen/faq", PathOf(saved.Headers.Location));

        var faq = await factory.ClientFor().GetPageAsync("/punt/dorpspunt-runkelen/faq");
        var digital = faq.QuerySelector("#faq-Digital")!.ParentElement!;
        Assert.Contains("Mijn bank-app werkt niet op een nieuwe gsm", digital.TextContent);
        Assert.Equal("Digitaal (app, computer, gsm)", digital.QuerySelector("h2")!.TextContent);
        // The municipality's own entries are there too, under their category.
        Assert.Contains("Waar vraag ik een nieuwe identiteitskaart aan?", faq.QuerySelector("#faq-Administrative")!.ParentElement!.TextContent);
        // A point's entries stay at that point.
        Assert.DoesNotContain("Mijn bank-app", (await factory.ClientFor().GetPageAsync("/punt/dorpspunt-zepperen/faq")).Text());
        Assert.DoesNotContain("Mijn bank-app", (await factory.ClientFor().GetPageAsync("/veelgestelde-vragen")).Text());
    }

    [Fact]
    public async Task Only_solved_questions_and_only_the_areas_staff()
    {
        var open = await QuestionAsync("Wie wil mee de speeltuin opruimen?");
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/vraag/{open}/faq")).StatusCode);

        var solved = await QuestionAsync(SolvedTitle);
        var resident = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        Assert.StartsWith("/fout/403", PathOf((await resident.GetAsync($"/vraag/{solved}/faq")).Headers.Location));

        var email = "werker-zepperen-faq@voorbeeld.example";
        await factory.PersonAsync(email, [(Role.CommunityWorker, await factory.AreaIdAsync("Zepperen"))]);
        var zepperen = await factory.SignedInAsync(email);
        Assert.StartsWith("/fout/403", PathOf((await zepperen.GetAsync($"/vraag/{solved}/faq")).Headers.Location));
    }

    [Fact]
    public async Task An_area_worker_cannot_publish_for_the_whole_municipality()
    {
        var email = "werker-runkelen-faq@voorbeeld.example";
        await factory.PersonAsync(email, [(Role.CommunityWorker, await factory.AreaIdAsync("Runkelen"))]);
        var worker = await factory.SignedInAsync(email);
        var before = await factory.WithDbAsync(db => db.FaqEntries.IgnoreQueryFilters().CountAsync());
        var response = await worker.PostFormAsync($"/vraag/{await QuestionAsync(SolvedTitle)}/faq",
            [F("Input.Question", "Voor iedereen"), F("Input.Answer", "Tekst"), F("Input.Category", "Digital"), F("Input.Scope", "Municipality")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hele gemeente", (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.FaqEntries.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_worker_edits_and_deletes_an_entry_a_resident_cannot()
    {
        var entry = await factory.WithDbAsync(async db =>
        {
            var municipality = await db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.Host == "localhost").Select(h => h.MunicipalityId).SingleAsync();
            var row = new Web.Features.Questions.FaqEntry { MunicipalityId = municipality, Question = "Tijdelijke vraag", Answer = "Tijdelijk antwoord", UpdatedUtc = DateTime.UtcNow };
            db.FaqEntries.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var resident = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        Assert.StartsWith("/fout/403", PathOf((await resident.GetAsync($"/faq/{entry}")).Headers.Location));

        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var edited = await admin.PostFormAsync($"/faq/{entry}", [F("Input.Question", "Aangepaste tijdelijke vraag"), F("Input.Answer", "Maak een afspraak."), F("Input.Category", "Administrative")]);
        Assert.Equal("/veelgestelde-vragen", PathOf(edited.Headers.Location));
        Assert.Contains("Aangepaste tijdelijke vraag", (await factory.ClientFor().GetPageAsync("/veelgestelde-vragen")).Text());

        var empty = await admin.PostFormAsync($"/faq/{entry}", [F("Input.Question", ""), F("Input.Answer", "x"), F("Input.Category", "Administrative")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        await admin.PostFormAsync($"/faq/{entry}", [], "Delete");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/faq/{entry}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync($"/faq/{entry}")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_question_and_faq_pages()
    {
        var sitemap = await (await factory.ClientFor().GetAsync("/sitemap.xml")).Content.ReadAsStringAsync();
        Assert.Contains("https://localhost/punt/dorpspunt-runkelen/vragen", sitemap);
        Assert.Contains("https://localhost/punt/dorpspunt-runkelen/faq", sitemap);
        Assert.Contains("https://localhost/veelgestelde-vragen", sitemap);
    }
}
