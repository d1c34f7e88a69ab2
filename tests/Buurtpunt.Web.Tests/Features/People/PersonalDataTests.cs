using System.Net;
using System.Text.Json;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>The right of access and erasure as a loop over the features' personal-data sources.</summary>
public class PersonalDataTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private const string Runkelen = "/punt/dorpspunt-runkelen";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// <summary>A resident who asked a question, answered one, asked for help and started an application; the ids of what they made.</summary>
    private async Task<(HttpClient Client, Guid Id, int Question, int HelpRequest, int Application)> BusyResidentAsync(string email, string word)
    {
        var client = await factory.ResidentAsync(email);
        var asked = await client.PostFormAsync($"{Runkelen}/vragen/nieuw",
            [F("Input.Title", $"Waar vind ik een {word}?"), F("Input.Body", "Meer uitleg."), F("Input.Category", "Digital"), F("Input.Private", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var neighbour = await factory.ResidentAsync("buur-" + email);
        var theirs = await neighbour.PostFormAsync($"{Runkelen}/vragen/nieuw",
            [F("Input.Title", "Wie leent mij een ladder?"), F("Input.Body", "Voor de dakgoot."), F("Input.Category", "Neighbourhood"), F("Input.Private", "false")]);
        var answered = await client.PostFormAsync(PathOf(theirs.Headers.Location), [F("AnswerText", $"Vraag het aan de {word}man.")], "Answer");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var help = await client.PostFormAsync("/hulp/vragen",
        [
            F("Input.Kind", "Errands"), F("Input.Description", "Boodschappen in de supermarkt."), F("Input.AreaId", (await factory.AreaIdAsync("Runkelen")).ToString()),
            F("Input.PointId", ""), F("Input.Address", "Kerkstraat 5, 3803 Runkelen"), F("Input.Date", "2026-11-26"), F("Input.From", "09:00"), F("Input.Until", "12:00"),
            F("Input.Minutes", "60"), F("Input.RepeatWeeks", "1"), F("Input.Language", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, help.StatusCode);

        var call = await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Title == DemoSeeder.DemoCallTitle).Select(c => c.Id).SingleAsync());
        var started = await client.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        static int IdIn(HttpResponseMessage response) => int.Parse(PathOf(response.Headers.Location).Split('/').Last());
        return (client, await factory.UserIdAsync(email), IdIn(asked), IdIn(help), IdIn(started));
    }

    private List<string> RegisteredSections()
    {
        using var scope = factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IPersonalDataSource>().Select(s => s.Section)];
    }

    [Fact]
    public async Task The_download_has_a_part_per_feature_that_holds_something_and_keeps_the_field_names()
    {
        var (client, _, question, help, application) = await BusyResidentAsync("delen@voorbeeld.example", "fietspomp");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/profiel/gegevens.json"));
        var root = json.RootElement;
        var sections = root.EnumerateObject().Select(p => p.Name).ToList();
        // One per registered source that holds something, in the order the features registered: news and activities hold nothing of hers.
        Assert.Equal(["account", "questions", "help", "forms", "initiatives"], sections);
        Assert.Equal(RegisteredSections().Except(["news", "activities"]), sections);

        Assert.Equal("Test delen", root.GetProperty("account").GetProperty("profile").GetProperty("name").GetString());
        var asked = root.GetProperty("questions").GetProperty("questions")[0];
        Assert.Equal(question, asked.GetProperty("id").GetInt32());
        Assert.Equal("Waar vind ik een fietspomp?", asked.GetProperty("title").GetString());
        Assert.Equal("Vraag het aan de fietspompman.", root.GetProperty("questions").GetProperty("answers")[0].GetProperty("body").GetString());
        Assert.Equal(0, root.GetProperty("questions").GetProperty("reportsYouMade").GetArrayLength());
        var request = root.GetProperty("help").GetProperty("helpRequests")[0];
        Assert.Equal(help, request.GetProperty("id").GetInt32());
        Assert.Equal("Kerkstraat 5, 3803 Runkelen", request.GetProperty("address").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("help").GetProperty("volunteering").ValueKind);
        var form = Assert.Single(root.GetProperty("forms").GetProperty("formsFilledIn").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(form.GetProperty("form").GetString()));
        Assert.Equal(JsonValueKind.Array, form.GetProperty("answers").ValueKind);
        var applied = root.GetProperty("initiatives").GetProperty("applications")[0];
        Assert.Equal(application, applied.GetProperty("id").GetInt32());
        Assert.Equal("Join", applied.GetProperty("track").GetString());

        // The page shows the parts that have a view: the account and the questions.
        var page = (await client.GetPageAsync("/profiel/gegevens")).Text();
        Assert.Contains("Test delen", page);
        Assert.Contains("Mijn vragen en antwoorden", page);
        Assert.Contains("Waar vind ik een fietspomp?", page);
        Assert.Contains("Wat medewerkers met uw gegevens deden", page);
    }

    [Fact]
    public async Task A_person_with_nothing_in_a_feature_gets_no_part_for_it_but_the_page_still_says_none()
    {
        var client = await factory.ResidentAsync("leeg@voorbeeld.example");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/profiel/gegevens.json"));
        Assert.Equal(["account"], json.RootElement.EnumerateObject().Select(p => p.Name));

        var page = await client.GetPageAsync("/profiel/gegevens");
        var questions = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Mijn vragen en antwoorden");
        Assert.Equal("Geen.", questions.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task Erasure_runs_each_features_part_and_search_forgets_the_removed_words()
    {
        var (client, id, question, help, application) = await BusyResidentAsync("weg-alles@voorbeeld.example", "kwakkelpomp");
        var answer = await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters().Where(a => a.AuthorId == id).Select(a => new { a.Id, a.QuestionId }).SingleAsync());
        Task<List<string>> IndexedAsync() => factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters()
            .Where(d => d.QuestionId == question || d.QuestionId == answer.QuestionId).Select(d => d.Title + "\n" + d.Text).ToListAsync());
        var before = await IndexedAsync();
        Assert.Contains(before, d => d.Contains("Waar vind ik een kwakkelpomp?"));
        Assert.Contains(before, d => d.Contains("kwakkelpompman"));

        var erased = await client.PostFormAsync("/profiel/verwijderen", [F("Sure", "true"), F("RemoveContributions", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        Assert.False(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == id)));
        Assert.False(await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().AnyAsync(r => r.Id == help)));
        Assert.False(await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().AnyAsync(a => a.Id == application)));
        Assert.False(await factory.WithDbAsync(db => db.FormResponses.IgnoreQueryFilters().AnyAsync(r => r.RespondentId == id)));
        // Removed at the person's request by the Questions part (without it they would stay, without author).
        Assert.False(await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().AnyAsync(q => q.Id == question)));
        Assert.False(await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters().AnyAsync(a => a.Id == answer.Id)));
        Assert.True(await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().AnyAsync(q => q.Id == answer.QuestionId)));
        var after = await IndexedAsync();
        Assert.Contains(after, d => d.Contains("Wie leent mij een ladder?"));
        Assert.DoesNotContain(after, d => d.Contains("kwakkelpomp"));
    }
}
