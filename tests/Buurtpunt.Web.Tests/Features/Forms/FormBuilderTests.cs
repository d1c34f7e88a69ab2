using System.Net;
using Buurtpunt.Core.Forms;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Forms;

/// <summary>The form builder (Shared/Forms engine, /beheer/formulieren) and its preview, which checks answers as a real submission would.</summary>
public class FormBuilderTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static async Task<int> CreateAsync(HttpClient admin, string title)
    {
        var created = await admin.PostFormAsync("/beheer/formulieren", [F("Title", title)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(PathOf(created.Headers.Location).Split('/').Last());
    }

    private static Task<HttpResponseMessage> AddAsync(HttpClient admin, int form, string kind, string label, bool required = true, string options = "",
        string min = "", string max = "", string earliest = "", string latest = "", string help = "", int? question = null) =>
        admin.PostFormAsync($"/beheer/formulieren/{form}", [F("Input.Kind", kind), F("Input.Label", label), F("Input.Help", help), F("Input.Required", required ? "true" : "false"),
            F("Input.Options", options), F("Input.Min", min), F("Input.Max", max), F("Input.MaxLength", ""), F("Input.Earliest", earliest), F("Input.Latest", latest)],
            handler: question is null ? "Save" : $"Save&vraag={question}");

    private Task<List<FormQuestion>> QuestionsAsync(int form) =>
        factory.WithDbAsync(db => db.FormQuestions.IgnoreQueryFilters().Where(q => q.QuestionnaireId == form).OrderBy(q => q.Position).ToListAsync());

    [Fact]
    public async Task An_administrator_builds_a_form_and_tries_it_out_without_anything_being_kept()
    {
        var admin = await factory.SignedInAsync();
        var form = await CreateAsync(admin, "Aanvraag: zelf een project");
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "Text", "Naam van uw project", help: "Kort en duidelijk.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "Amount", "Gevraagd bedrag", min: "0", max: "18600")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "Choice", "Spoor", options: "Meedoen\nExperimenteren\nCreëren")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "Date", "Wanneer begint het?", earliest: "2027-01-01", latest: "2027-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "File", "Een foto of plan", required: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "WholeNumber", "Hoeveel buren doen mee?", min: "1")).StatusCode);
        var questions = await QuestionsAsync(form);
        Assert.Equal([1, 2, 3, 4, 5, 6], questions.Select(q => q.Position));
        Assert.Equal(["Meedoen", "Experimenteren", "Creëren"], questions[2].Options);
        Assert.Equal(18600m, questions[1].Max);

        // The last question moves up once; a label is changed.
        await admin.PostFormAsync($"/beheer/formulieren/{form}", [F("question", questions[5].Id.ToString())], handler: "Up");
        Assert.Equal("Hoeveel buren doen mee?", (await QuestionsAsync(form))[4].Label);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, form, "Text", "Naam van het project", question: questions[0].Id)).StatusCode);
        Assert.Equal("Naam van het project", (await QuestionsAsync(form))[0].Label);

        var url = $"/beheer/formulieren/{form}/voorbeeld";
        var preview = await admin.GetPageAsync(url);
        Assert.Equal(6, preview.QuerySelectorAll("form.form .field, form.form fieldset").Length);
        Assert.Contains("Een foto of plan (niet verplicht)", preview.Text());

        // Wrong answers: each problem names its question, and nothing is kept.
        var name = (int id) => FormReading.FieldName(id);
        var bad = await admin.PostMultipartAsync(url, Multipart((name(questions[1].Id), "20.000"), (name(questions[2].Id), "Iets anders"), (name(questions[3].Id), "2026-05-01"), (name(questions[5].Id), "veel")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = (await bad.ReadAsync()).QuerySelector(".problems")!.TextContent;
        Assert.Contains("Beantwoord deze vraag: Naam van het project", problems);
        Assert.Contains("'Gevraagd bedrag': hoogstens 18.600", problems);
        Assert.Contains("'Spoor': kies uit de lijst", problems);
        Assert.Contains("'Wanneer begint het?': niet vroeger dan 1/01/2027", problems);
        Assert.Contains("'Hoeveel buren doen mee?': vul een geheel getal in", problems);

        var exe = await admin.PostMultipartAsync(url, Multipart(files: [(name(questions[4].Id), "plan.pdf", "MZ\u0090\0\u0003"u8.ToArray())]));
        Assert.Contains("'Een foto of plan': kies een PDF, JPG of PNG", (await exe.ReadAsync()).Text());

        var good = await admin.PostMultipartAsync(url, Multipart([(name(questions[0].Id), "Speelstraat"), (name(questions[1].Id), "1.250,50"), (name(questions[2].Id), "Creëren"), (name(questions[3].Id), "2027-06-21"), (name(questions[5].Id), "12")],
            [(name(questions[4].Id), "plan.pdf", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray())]));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var readBack = (await good.ReadAsync()).QuerySelector(".notice")!.TextContent;
        Assert.Contains("Alles is goed ingevuld", readBack);
        Assert.Contains("€ 1.250,50", readBack);
        Assert.Contains("21 juni 2027", readBack);
        Assert.Contains("plan.pdf", readBack);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FormResponses.IgnoreQueryFilters().CountAsync(r => r.QuestionnaireId == form)));
    }

    [Theory]
    [InlineData("Choice", "Spoor", "Meedoen", "", "", "Geef minstens 2")]
    [InlineData("Choice", "Spoor", "Ja\nja", "", "", "maar één keer")]
    [InlineData("Amount", "Bedrag", "", "100", "10", "De grootste waarde is kleiner")]
    [InlineData("Text", "", "", "", "", "Vul 'De vraag' in")]
    [InlineData("Hack", "Vraag", "", "", "", "")]
    public async Task A_question_that_cannot_work_is_refused_with_a_message(string kind, string label, string options, string min, string max, string says)
    {
        var admin = await factory.SignedInAsync();
        var form = await CreateAsync(admin, $"Proef {Guid.NewGuid():N}");
        var response = await AddAsync(admin, form, kind, label, options: options, min: min, max: max);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(says, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Empty(await QuestionsAsync(form));
    }

    [Fact]
    public async Task A_question_with_answers_keeps_its_kind_and_cannot_be_removed()
    {
        var admin = await factory.SignedInAsync();
        var form = await CreateAsync(admin, "Bevraging met antwoorden");
        await AddAsync(admin, form, "Text", "Wat mist er in uw straat?");
        var question = (await QuestionsAsync(form)).Single();
        var municipality = await factory.MunicipalityIdAsync();
        await factory.WithDbAsync(db =>
        {
            db.FormResponses.Add(new FormResponse
            {
                MunicipalityId = municipality, QuestionnaireId = form, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, SubmittedUtc = DateTime.UtcNow,
                Answers = [new FormAnswer { MunicipalityId = municipality, QuestionId = question.Id, Text = "Een bank." }],
            });
            return db.SaveChangesAsync();
        });
        var removed = await admin.PostFormAsync($"/beheer/formulieren/{form}", [F("question", question.Id.ToString())], handler: "Delete");
        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Contains("al geantwoord", (await removed.ReadAsync()).Text());
        var changed = await AddAsync(admin, form, "WholeNumber", "Wat mist er in uw straat?", question: question.Id);
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Equal(QuestionKind.Text, (await QuestionsAsync(form)).Single().Kind);
        Assert.Contains("1 ingediend, 0 in opmaak", (await admin.GetPageAsync("/beheer/formulieren")).Text());
    }

    [Fact]
    public async Task Only_administrators_of_the_municipality_reach_the_builder()
    {
        var admin = await factory.SignedInAsync();
        var form = await CreateAsync(admin, "Alleen voor beheer");
        foreach (var email in new[] { DemoSeeder.WorkerEmail, DemoSeeder.ResidentEmail, DemoSeeder.LeadEmail })
        {
            var client = await factory.SignedInAsync(email);
            Assert.StartsWith("/fout/403", PathOf((await client.GetAsync($"/beheer/formulieren/{form}")).Headers.Location));
            Assert.StartsWith("/fout/403", PathOf((await client.GetAsync("/beheer/formulieren")).Headers.Location));
        }
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync($"/beheer/formulieren/{form}/voorbeeld")).Headers.Location));
        var foreign = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/beheer/formulieren/{form}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/beheer/formulieren/{form}/voorbeeld")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/beheer/formulieren/999999")).StatusCode);
    }
}
