using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>Calls for citizen initiatives and the first steps of an application: start, save a draft, return, submit, withdraw.</summary>
public class ApplicationTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<int> CallAsync(HttpClient admin, string title, string opens = "2026-11-01", string closes = "2027-01-31", string budget = "250.000")
    {
        var created = await admin.PostFormAsync("/beheer/oproepen", [F("Input.Title", title), F("Input.OpensOn", opens), F("Input.ClosesOn", closes), F("Input.Budget", budget)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(PathOf(created.Headers.Location).Split('/').Last());
    }

    private Task<List<FormQuestion>> QuestionsAsync(int call, TrackKind kind) => ReviewScene.QuestionsAsync(factory, call, kind);

    private Task<Application> ApplicationAsync(int id) => factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Include(a => a.Response).ThenInclude(r => r!.Answers).SingleAsync(a => a.Id == id));

    private static async Task<int> StartAsync(HttpClient resident, int call, string track)
    {
        var started = await resident.PostFormAsync($"/oproep/{call}", [], handler: $"Start&track={track}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return int.Parse(PathOf(started.Headers.Location).Split('/').Last());
    }

    [Fact]
    public async Task A_call_starts_with_three_tracks_and_plain_forms_and_its_settings_are_checked()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(admin, "Buurtbudget 2027");
        var tracks = await factory.WithDbAsync(db => db.Tracks.IgnoreQueryFilters().Where(t => t.CallId == call).ToListAsync());
        tracks = [.. tracks.OrderBy(t => t.Kind)];
        Assert.Equal([TrackKind.Join, TrackKind.Experiment, TrackKind.Create], tracks.Select(t => t.Kind));
        Assert.Equal(18_600_00, tracks[2].MaxAmountCents);
        Assert.Equal(25_000_000, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == call).Select(c => c.BudgetCents).SingleAsync()));
        Assert.Equal(3, (await QuestionsAsync(call, TrackKind.Join)).Count); // joining asks almost nothing

        var page = await admin.GetPageAsync($"/oproepen");
        Assert.Contains("Buurtbudget 2027", page.Text());
        var callPage = (await admin.GetPageAsync($"/oproep/{call}")).Text();
        Assert.Contains("tot € 18.600,00", callPage);
        Assert.Contains("3 vragen", callPage);
        Assert.Contains($"/oproep/{call}", await (await factory.ClientFor().GetAsync("/sitemap.xml")).Content.ReadAsStringAsync());

        async Task RefusedAsync(string says, params KeyValuePair<string, string>[] fields)
        {
            var response = await admin.PostFormAsync("/beheer/oproepen", fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(says, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        }
        await RefusedAsync("De einddatum valt voor de begindatum", F("Input.Title", "Fout"), F("Input.OpensOn", "2027-02-01"), F("Input.ClosesOn", "2027-01-01"), F("Input.Budget", "1000"));
        await RefusedAsync("Vul een bedrag in euro in", F("Input.Title", "Fout"), F("Input.OpensOn", "2027-01-01"), F("Input.ClosesOn", "2027-02-01"), F("Input.Budget", "veel"));
        await RefusedAsync("Het bedrag ligt tussen", F("Input.Title", "Fout"), F("Input.OpensOn", "2027-01-01"), F("Input.ClosesOn", "2027-02-01"), F("Input.Budget", "-5"));
        await RefusedAsync("hoogstens een jaar", F("Input.Title", "Fout"), F("Input.OpensOn", "2027-01-01"), F("Input.ClosesOn", "2029-02-01"), F("Input.Budget", "5"));

        // A track's maximum above the whole budget is refused; closing every track too.
        var edit = await admin.PostFormAsync($"/beheer/oproepen/{call}", [F("Input.Title", "Buurtbudget 2027"), F("Input.OpensOn", "2026-11-01"), F("Input.ClosesOn", "2027-01-31"),
            F("Input.Budget", "10.000"), F("Edit.Intro", "Uitleg"), F("Edit.Eligibility", "Iedereen"), F("Edit.SupportThreshold", "5"),
            F("Tracks[0].Kind", "Join"), F("Tracks[0].MaxAmount", "1500"), F("Tracks[1].Kind", "Experiment"), F("Tracks[1].MaxAmount", "5000"),
            F("Tracks[2].Kind", "Create"), F("Tracks[2].Offered", "true"), F("Tracks[2].MaxAmount", "18.600")]);
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("groter dan het hele budget", (await edit.ReadAsync()).Text());
        Assert.Equal(25_000_000, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == call).Select(c => c.BudgetCents).SingleAsync()));
    }

    [Fact]
    public async Task A_resident_saves_a_half_draft_returns_later_and_submits_when_complete()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(admin, "Oproep voor een draft");
        var questions = await QuestionsAsync(call, TrackKind.Create);
        var name = (int i) => FormReading.FieldName(questions[i].Id);
        var resident = await factory.ResidentAsync("aanvrager@example.org");
        var id = await StartAsync(resident, call, "Create");
        Assert.Equal(ApplicationStatus.Draft, (await ApplicationAsync(id)).Status);

        // Half filled in: saved as it is, and the page lists what is still missing.
        var saved = await resident.PostMultipartAsync($"/aanvraag/{id}?handler=Save", Multipart(("Title", "Speelstraat"), (name(0), "Een speelstraat in de zomer.")), tokenFrom: $"/aanvraag/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await resident.GetPageAsync($"/aanvraag/{id}");
        Assert.Equal("Een speelstraat in de zomer.", draft.QuerySelector($"textarea[name='{name(0)}']")!.TextContent);
        Assert.Contains("Nog nodig om in te dienen (3)", draft.Text());
        Assert.Contains("Speelstraat", (await resident.GetPageAsync("/aanvragen")).Text());

        // Submitting before it is complete: refused, nothing lost.
        var early = await resident.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(("Title", "Speelstraat"), (name(0), "Een speelstraat in de zomer.")), tokenFrom: $"/aanvraag/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Beantwoord deze vraag: Waar?", (await early.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(ApplicationStatus.Draft, (await ApplicationAsync(id)).Status);

        // A wrong file and an amount above the track's maximum are refused with their own messages.
        var wrong = await resident.PostMultipartAsync($"/aanvraag/{id}?handler=Save", Multipart([("Title", "Speelstraat"), (name(3), "20.000")], [(name(4), "plan.exe", "MZ\u0090\0"u8.ToArray())]), tokenFrom: $"/aanvraag/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongText = (await wrong.ReadAsync()).QuerySelector(".problems")!.TextContent;
        Assert.Contains("kies een PDF, JPG of PNG", wrongText);
        Assert.Contains("hoogstens 18.600", wrongText);

        var complete = await resident.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(
            [("Title", "Speelstraat"), (name(0), "Een speelstraat in de zomer."), (name(1), "Kerkstraat"), (name(2), "Twaalf gezinnen."), (name(3), "2.400,50")],
            [(name(4), "plan.pdf", "%PDF-1.7\nplan"u8.ToArray())]), tokenFrom: $"/aanvraag/{id}");
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        var application = await ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.NotNull(application.SubmittedUtc);
        Assert.Equal(2400.50m, application.Response!.Answers.Single(a => a.QuestionId == questions[3].Id).Number);
        var file = application.Response.Answers.Single(a => a.QuestionId == questions[4].Id);
        Assert.Equal("plan.pdf", file.Text);
        Assert.Matches("^[0-9a-f]{32}$", file.FileKey!);
        var readBack = (await resident.GetPageAsync($"/aanvraag/{id}")).Text();
        Assert.Contains("€ 2.400,50", readBack);
        Assert.Contains("Ingediend", readBack);
        Assert.True(await factory.WithDbAsync(db => db.ApplicationEvents.IgnoreQueryFilters().AnyAsync(e => e.ApplicationId == id && e.Step == ApplicationStep.Submit)));

        // Once submitted the answers are no longer the applicant's to change; submitting twice is refused.
        var again = await resident.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(("Title", "Iets anders")), tokenFrom: $"/aanvraag/{id}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Speelstraat", (await ApplicationAsync(id)).Title);

        // Withdrawing is possible before the decision, once.
        Assert.Equal(HttpStatusCode.Redirect, (await resident.PostFormAsync($"/aanvraag/{id}", [], handler: "Withdraw")).StatusCode);
        Assert.Equal(ApplicationStatus.Withdrawn, (await ApplicationAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await resident.PostFormAsync($"/aanvraag/{id}", [], handler: "Withdraw", tokenFrom: "/aanvragen")).StatusCode);
    }

    [Fact]
    public async Task An_application_is_seen_only_by_its_applicant_and_the_administrators_of_its_municipality()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(admin, "Oproep privé");
        var resident = await factory.ResidentAsync("privé-aanvrager@example.org");
        var id = await StartAsync(resident, call, "Join");
        foreach (var other in new[] { await factory.ResidentAsync("buurman@example.org"), await factory.SignedInAsync(DemoSeeder.LeadEmail) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aanvraag/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/aanvraag/{id}", [], handler: "Withdraw", tokenFrom: "/oproepen")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync($"/aanvraag/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync($"/oproep/{call}")).StatusCode);
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync($"/aanvraag/{id}")).Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/aanvraag/{id}")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "ApplicationViewed" && e.Details == $"application {id}")));
        // An administrator reads but does not fill in someone's application.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(("Title", "Overgenomen")), tokenFrom: $"/aanvraag/{id}")).StatusCode);
    }

    [Fact]
    public async Task Applications_start_only_in_an_open_call_and_an_offered_track()
    {
        var admin = await factory.SignedInAsync();
        var closed = await CallAsync(admin, "Oproep van vorig jaar", opens: "2026-01-01", closes: "2026-03-31");
        var resident = await factory.ResidentAsync("te-laat@example.org");
        var late = await resident.PostFormAsync($"/oproep/{closed}", [], handler: "Start&track=Create");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.DoesNotContain("Aanvraag starten", (await resident.GetPageAsync($"/oproep/{closed}")).Text());
        var open = await CallAsync(admin, "Oproep nu");
        Assert.Equal(HttpStatusCode.BadRequest, (await resident.PostFormAsync($"/oproep/{open}", [], handler: "Start&track=Hack")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.PostFormAsync("/oproep/999999", [], handler: "Start&track=Create", tokenFrom: "/oproepen")).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().CountAsync(a => a.CallId == closed)));
    }
}
