using System.Net;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Questions;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Questions;

/// <summary>Asking and answering at a point: status, best answer, private questions, mail, acting for someone, erasure.</summary>
public class QuestionTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private const string Runkelen = "/punt/dorpspunt-runkelen";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);


    private static async Task<string> AskAsync(HttpClient client, string title, string body = "Meer uitleg.", string category = "Digital", bool isPrivate = false)
    {
        var response = await client.PostFormAsync($"{Runkelen}/vragen/nieuw",
            [F("Input.Title", title), F("Input.Body", body), F("Input.Category", category), F("Input.Private", isPrivate ? "true" : "false")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return PathOf(response.Headers.Location);
    }


    [Fact]
    public async Task A_resident_asks_a_neighbour_answers_the_asker_gets_mail_and_marks_the_best_answer()
    {
        var asker = await factory.ResidentAsync("vrager@voorbeeld.example");
        var url = await AskAsync(asker, "Waar vind ik een formulier voor een parkeerkaart?");
        Assert.Matches("^/vraag/[0-9]+$", url);
        var page = await asker.GetPageAsync(url);
        Assert.Equal("Waar vind ik een formulier voor een parkeerkaart?", page.H1());
        Assert.Equal("Open", page.QuerySelector(".status-open")!.TextContent.Trim());
        Assert.Contains("Waar vind ik een formulier", (await factory.ClientFor().GetPageAsync($"{Runkelen}/vragen")).Text());

        var neighbour = await factory.ResidentAsync("buur@voorbeeld.example");
        var answered = await neighbour.PostFormAsync(url, [F("AnswerText", "Aan het loket in het stadhuis, of online via de website.")], "Answer");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var mail = await factory.Mail!.WaitForAsync("vrager@voorbeeld.example", "Er is een antwoord op uw vraag");
        Assert.Contains("Waar vind ik een formulier voor een parkeerkaart?", mail.TextBody);
        Assert.EndsWith(url, MailSink.LinkIn(mail));

        // The neighbour cannot choose the best answer on someone else's question.
        var answerId = (await asker.GetPageAsync(url)).QuerySelector("input[name=answerId]")!.GetAttribute("value")!;
        Assert.Null((await neighbour.GetPageAsync(url)).QuerySelector("input[name=answerId]"));
        var refused = await neighbour.PostFormAsync(url, [F("answerId", answerId)], "Best");
        Assert.StartsWith("/fout/403", PathOf(refused.Headers.Location));

        var chosen = await asker.PostFormAsync(url, [F("answerId", answerId)], "Best");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var solved = await asker.GetPageAsync(url);
        Assert.Equal("Opgelost", solved.QuerySelector("h1 + p .status-solved, p .status-solved")!.TextContent.Trim());
        Assert.NotNull(solved.QuerySelector($"#antwoord-{answerId}.best"));
    }

    [Fact]
    public async Task An_answer_of_another_question_cannot_be_chosen_as_best()
    {
        var asker = await factory.ResidentAsync("kiezer@voorbeeld.example");
        var url = await AskAsync(asker, "Vraag zonder antwoorden");
        var otherAnswer = await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters().Select(a => a.Id).FirstAsync());
        var response = await asker.PostFormAsync(url, [F("answerId", otherAnswer.ToString())], "Best");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_private_question_is_seen_only_by_the_asker_and_the_areas_staff()
    {
        var asker = await factory.ResidentAsync("prive@voorbeeld.example");
        var url = await AskAsync(asker, "Ik heb schulden, wie kan helpen?", category: "Rights", isPrivate: true);

        Assert.Equal(HttpStatusCode.OK, (await asker.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInAsync(DemoSeeder.WorkerEmail)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync(url)).StatusCode);
        var other = await factory.ResidentAsync("nieuwsgierig@voorbeeld.example");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(url, [F("AnswerText", "hallo")], "Answer", tokenFrom: $"{Runkelen}/vragen/nieuw")).StatusCode);
        Assert.DoesNotContain("schulden", (await other.GetPageAsync($"{Runkelen}/vragen")).Text());
        Assert.Contains("schulden", (await asker.GetPageAsync($"{Runkelen}/vragen")).Text());
        // The lead of Runkelen tends the point but is not staff for personal questions.
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.LeadEmail)).GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("Input.Title", "", "Vul 'Uw vraag in één zin' in.")]
    [InlineData("Input.Title", "LONG", "")]
    [InlineData("Input.Body", "", "Vul 'Vertel wat meer' in.")]
    [InlineData("Input.Category", "Telepathy", "")]
    public async Task Bad_questions_get_a_clear_message_and_store_nothing(string field, string value, string message)
    {
        var asker = await factory.ResidentAsync("slecht@voorbeeld.example");
        List<KeyValuePair<string, string>> form = [F("Input.Title", "Een titel"), F("Input.Body", "Tekst"), F("Input.Category", "Other")];
        form.RemoveAll(f => f.Key == field);
        form.Add(F(field, value == "LONG" ? new string('x', 10_000) : value));
        var before = await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().CountAsync());
        var response = await asker.PostFormAsync($"{Runkelen}/vragen/nieuw", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Script_in_a_title_or_body_is_shown_as_text_never_run()
    {
        var asker = await factory.ResidentAsync("xss@voorbeeld.example");
        var url = await AskAsync(asker, "<script>alert('t')</script>", "<img src=x onerror=alert(1)> **vet** <a href=\"javascript:alert(2)\">klik</a>");
        var page = await asker.GetPageAsync(url);
        Assert.Equal("<script>alert('t')</script>", page.H1());
        var main = page.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, img, iframe"));
        Assert.DoesNotContain(main.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on")));
        Assert.Empty(main.QuerySelectorAll("a[href^='javascript']"));
        Assert.Equal("vet", main.QuerySelector(".prose strong")!.TextContent);
    }

    [Fact]
    public async Task A_script_in_a_persons_name_is_shown_as_text()
    {
        var email = "naam-xss@voorbeeld.example";
        await factory.PersonAsync(email, [(Web.Features.People.Role.Resident, null)]);
        await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "<img src=x onerror=alert(1)><script>alert(2)</script>")));
        var client = await factory.SignedInAsync(email);
        var url = await AskAsync(client, "Een vraag van iemand met een rare naam");
        await client.PostFormAsync(url, [F("AnswerText", "Zelf een antwoord")], "Answer");
        var page = await factory.ClientFor().GetPageAsync(url);
        var main = page.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, img"));
        Assert.Contains("<img src=x onerror=alert(1)>", main.QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public async Task Questions_of_another_municipality_or_a_point_without_questions_are_unknown()
    {
        var asker = await factory.ResidentAsync("elders@voorbeeld.example");
        var url = await AskAsync(asker, "Een vraag in Haspenhove");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("tweede.localhost").GetAsync(url)).StatusCode);
        var beekdonkSlug = await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.Area!.Name == "Vlotgras").Select(p => p.Slug).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync($"/punt/{beekdonkSlug}/vragen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync($"{Runkelen}/vragen?pagina=0")).StatusCode);
    }

    [Fact]
    public async Task A_worker_asks_in_the_name_of_an_assisted_resident_and_the_question_says_so()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var maria = await factory.AssistedIdAsync();
        await worker.PostFormAsync($"/balie/bewoners/{maria}", [], "Act");
        Assert.Contains("in naam van Maria Claes", (await worker.GetPageAsync($"{Runkelen}/vragen/nieuw")).Text());
        var url = await AskAsync(worker, "Kan iemand mijn boodschappen doen?", category: "Neighbourhood");

        var id = int.Parse(url.Split('/').Last());
        var stored = await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().SingleAsync(q => q.Id == id));
        Assert.Equal(maria, stored.AuthorId);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.WorkerEmail), stored.EnteredById);
        Assert.Contains("Ingevoerd door Jana Buurtwerker voor Maria Claes", (await factory.ClientFor().GetPageAsync(url)).Text());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == AuditActions.ActedOnBehalf && e.SubjectUserId == maria)));
    }

    [Fact]
    public async Task Erasing_an_account_keeps_questions_as_a_former_residents_unless_asked_to_remove_them()
    {
        var keeper = await factory.ResidentAsync("blijft@voorbeeld.example");
        var kept = await AskAsync(keeper, "Deze vraag blijft staan");
        await keeper.PostFormAsync("/profiel/verwijderen", [F("Sure", "true")]);
        Assert.Contains("een voormalige bewoner", (await factory.ClientFor().GetPageAsync(kept)).Text());

        var remover = await factory.ResidentAsync("weg@voorbeeld.example");
        var removed = await AskAsync(remover, "Deze vraag verdwijnt");
        await remover.PostFormAsync("/profiel/verwijderen", [F("Sure", "true"), F("RemoveContributions", "true")]);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync(removed)).StatusCode);
    }

    [Fact]
    public async Task The_question_list_takes_the_same_number_of_queries_with_many_more_questions()
    {
        async Task<int> CountAsync()
        {
            var client = factory.ClientFor();
            await client.GetAsync($"{Runkelen}/vragen");
            factory.Sql.Reset();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Runkelen}/vragen")).StatusCode);
            return factory.Sql.Count;
        }
        var before = await CountAsync();
        // Older than what other tests ask, so their questions stay on the first page.
        var longAgo = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30);
        await factory.WithDbAsync(async db =>
        {
            var point = await db.Points.IgnoreQueryFilters().Where(p => p.Slug == "dorpspunt-runkelen").Select(p => new { p.Id, p.MunicipalityId }).SingleAsync();
            for (var i = 0; i < 40; i++)
                db.Questions.Add(new Question
                {
                    MunicipalityId = point.MunicipalityId, PointId = point.Id, Title = $"Vraag {i}", Body = "Tekst", CreatedUtc = longAgo,
                    Answers = [new Answer { MunicipalityId = point.MunicipalityId, Body = "Antwoord", CreatedUtc = longAgo }],
                });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(before, await CountAsync());
        Assert.Contains("rel=\"next\"", await (await factory.ClientFor().GetAsync($"{Runkelen}/vragen")).Content.ReadAsStringAsync());
    }
}
