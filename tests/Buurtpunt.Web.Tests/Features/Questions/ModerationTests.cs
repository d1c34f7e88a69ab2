using System.Net;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Questions;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Questions;

/// <summary>Flags, the worker's queue, hiding with a reason the author is told, and restoring.</summary>
public class ModerationTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private const string Runkelen = "/punt/dorpspunt-runkelen";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);


    private async Task<(HttpClient Client, string Url, int Id)> AskAsync(string email, string title)
    {
        await factory.PersonAsync(email, [(Role.Resident, null)]);
        var client = await factory.SignedInAsync(email);
        var response = await client.PostFormAsync($"{Runkelen}/vragen/nieuw", [F("Input.Title", title), F("Input.Body", "Tekst"), F("Input.Category", "Other")]);
        var url = PathOf(response.Headers.Location);
        return (client, url, int.Parse(url.Split('/').Last()));
    }

    [Fact]
    public async Task A_flagged_question_is_hidden_with_a_reason_the_author_is_told_and_it_disappears()
    {
        var (_, url, id) = await AskAsync("schrijver@voorbeeld.example", "Koop goedkope horloges hier");
        var reporter = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        var flagged = await reporter.PostFormAsync(url, [F("kind", "Question"), F("contributionId", id.ToString()), F("reason", "Spam"), F("note", "Reclame")], "Flag");
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        // Twice is once.
        await reporter.PostFormAsync(url, [F("kind", "Question"), F("contributionId", id.ToString()), F("reason", "Spam")], "Flag");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Flags.IgnoreQueryFilters().CountAsync(f => f.ContributionId == id && f.Kind == ContributionKind.Question)));

        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var queue = await worker.GetPageAsync("/balie/meldingen");
        Assert.Contains("Koop goedkope horloges hier", queue.Text());
        Assert.Contains("Reclame of spam", queue.Text());

        var noReason = await worker.PostFormAsync("/balie/meldingen", [F("kind", "Question"), F("id", id.ToString()), F("reason", "")], "Hide");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var hidden = await worker.PostFormAsync("/balie/meldingen", [F("kind", "Question"), F("id", id.ToString()), F("reason", "Dit is reclame.")], "Hide");
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);

        var mail = await factory.Mail!.WaitForAsync("schrijver@voorbeeld.example", "Uw bericht is verborgen");
        Assert.Contains("Dit is reclame.", mail.TextBody);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("horloges", (await factory.ClientFor().GetPageAsync($"{Runkelen}/vragen")).Text());
        Assert.DoesNotContain("horloges", (await worker.GetPageAsync("/balie/meldingen")).Text());
        // Staff still see it, marked, and can answer nothing to it.
        Assert.Contains("Verborgen: Dit is reclame.", (await worker.GetPageAsync(url)).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostFormAsync(url, [F("AnswerText", "Antwoord")], "Answer")).StatusCode);

        var restored = await worker.PostFormAsync("/balie/meldingen", [F("kind", "Question"), F("id", id.ToString()), F("reason", "Toch een echte vraag.")], "Restore");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync(url)).StatusCode);
        var decisions = await factory.WithDbAsync(db => db.ModerationDecisions.IgnoreQueryFilters().Where(d => d.ContributionId == id && d.Kind == ContributionKind.Question).OrderBy(d => d.Id).Select(d => new { d.Action, d.Reason }).ToListAsync());
        Assert.Equal([ModerationAction.Hidden, ModerationAction.Restored], decisions.Select(d => d.Action));
        Assert.Equal("Toch een echte vraag.", decisions[1].Reason);
    }

    [Fact]
    public async Task A_hidden_answer_leaves_the_page_and_the_count_a_kept_one_stays()
    {
        var (asker, url, id) = await AskAsync("antwoordvrager@voorbeeld.example", "Wie kent een goede loodgieter?");
        var neighbour = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        await neighbour.PostFormAsync(url, [F("AnswerText", "Bel mijn neef, 0470 00 00 00, hij is de beste")], "Answer");
        await neighbour.PostFormAsync(url, [F("AnswerText", "Vraag het aan de buurtwerker.")], "Answer");
        var answers = await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters().Where(a => a.QuestionId == id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());

        await asker.PostFormAsync(url, [F("kind", "Answer"), F("contributionId", answers[0].ToString()), F("reason", "PersonalData")], "Flag");
        await asker.PostFormAsync(url, [F("kind", "Answer"), F("contributionId", answers[1].ToString()), F("reason", "Other")], "Flag");
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        await worker.PostFormAsync("/balie/meldingen", [F("kind", "Answer"), F("id", answers[0].ToString()), F("reason", "Er stond een telefoonnummer in.")], "Hide");
        await worker.PostFormAsync("/balie/meldingen", [F("kind", "Answer"), F("id", answers[1].ToString())], "Keep");

        var page = await factory.ClientFor().GetPageAsync(url);
        Assert.DoesNotContain("0470", page.Text());
        Assert.Contains("Vraag het aan de buurtwerker.", page.Text());
        Assert.Contains("Antwoorden (1)", page.Text());
        Assert.Contains("1 antwoord", (await factory.ClientFor().GetPageAsync($"{Runkelen}/vragen")).Text());
        Assert.False(await factory.WithDbAsync(db => db.Flags.IgnoreQueryFilters().AnyAsync(f => f.ContributionId == answers[1] && f.HandledUtc == null)));
        // A hidden answer cannot be chosen as best, nor flagged again.
        Assert.Equal(HttpStatusCode.NotFound, (await asker.PostFormAsync(url, [F("answerId", answers[0].ToString())], "Best")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asker.PostFormAsync(url, [F("kind", "Answer"), F("contributionId", answers[0].ToString()), F("reason", "Spam")], "Flag")).StatusCode);
    }

    [Fact]
    public async Task Flags_need_sign_in_and_valid_values_and_the_queue_stays_within_the_workers_areas()
    {
        var (_, url, id) = await AskAsync("vlag@voorbeeld.example", "Een gewone vraag");
        var anonymous = await factory.ClientFor().PostFormAsync(url, [F("kind", "Question"), F("contributionId", id.ToString()), F("reason", "Spam")], "Flag", tokenFrom: "/aanmelden");
        Assert.StartsWith("/aanmelden", PathOf(anonymous.Headers.Location));
        var resident = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        Assert.Equal(HttpStatusCode.BadRequest, (await resident.PostFormAsync(url, [F("kind", "Question"), F("contributionId", id.ToString()), F("reason", "Boos")], "Flag")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await resident.PostFormAsync(url, [F("kind", "Question"), F("contributionId", id.ToString()), F("reason", "Other"), F("note", new string('x', 501))], "Flag")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.PostFormAsync(url, [F("kind", "Answer"), F("contributionId", "999999"), F("reason", "Spam")], "Flag")).StatusCode);
        await resident.PostFormAsync(url, [F("kind", "Question"), F("contributionId", id.ToString()), F("reason", "WrongPlace")], "Flag");

        var email = "werker-zepperen-meldingen@voorbeeld.example";
        await factory.PersonAsync(email, [(Role.CommunityWorker, await factory.AreaIdAsync("Zepperen"))]);
        var zepperen = await factory.SignedInAsync(email);
        Assert.DoesNotContain("Een gewone vraag", (await zepperen.GetPageAsync("/balie/meldingen")).Text());
        var refused = await zepperen.PostFormAsync("/balie/meldingen", [F("kind", "Question"), F("id", id.ToString()), F("reason", "Nee")], "Hide");
        Assert.StartsWith("/fout/403", PathOf(refused.Headers.Location));
        Assert.StartsWith("/fout/403", PathOf((await resident.GetAsync("/balie/meldingen")).Headers.Location));
    }
}
