using System.Net;
using Buurtpunt.Core.Forms;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>What an application holds besides its form: the budget table, co-applicants, and the join track's catalogue.</summary>
public class ApplicationPartsTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private async Task<(ReviewScene Scene, int Id, List<FormQuestion> Questions)> CreateDraftAsync(string name)
    {
        var s = await CreateAsync(factory, name);
        var started = await s.Applicant.PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Create");
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var questions = await QuestionsAsync(factory, s.Call, TrackKind.Create);
        return (s, id, questions);
    }

    private static (string, string)[] Complete(List<FormQuestion> q) =>
    [
        ("Title", "Buurtfeest met moestuin"), (FormReading.FieldName(q[0].Id), "Een moestuin."), (FormReading.FieldName(q[1].Id), "Parkje"),
        (FormReading.FieldName(q[2].Id), "Twintig buren."), (FormReading.FieldName(q[3].Id), "2.000"),
    ];

    [Fact]
    public async Task The_budget_table_refuses_odd_lines_and_asks_at_most_the_tracks_maximum()
    {
        var (s, id, q) = await CreateDraftAsync("begroting");
        var url = $"/aanvraag/{id}";
        async Task<HttpResponseMessage> SaveAsync(string handler, params (string, string)[] fields) =>
            await s.Applicant.PostMultipartAsync($"{url}?handler={handler}", Multipart([.. Complete(q), .. fields]), tokenFrom: url);

        var ownTooHigh = await SaveAsync("Save", ("Budget[0].Item", "Aarde"), ("Budget[0].Amount", "100"), ("Budget[0].Own", "150"));
        Assert.Equal(HttpStatusCode.BadRequest, ownTooHigh.StatusCode);
        Assert.Contains("Regel 1: de eigen inbreng is meer dan het bedrag", (await ownTooHigh.ReadAsync()).Text());
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync("Save", ("Budget[0].Item", "Aarde"), ("Budget[0].Amount", "-100"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync("Save", ("Budget[0].Item", "Goud"), ("Budget[0].Amount", "999.999.999"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync("Save", ("Budget[0].Item", ""), ("Budget[0].Amount", "100"))).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.BudgetLines.IgnoreQueryFilters().CountAsync(b => b.ApplicationId == id)));

        // A draft may ask too much; submitting it may not.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync("Save", ("Budget[0].Item", "Serre"), ("Budget[0].Amount", "19.000"), ("Budget[1].Item", "Zaden"), ("Budget[1].Amount", "100,50"), ("Budget[1].Own", "100,50"))).StatusCode);
        var tooMuch = await SaveAsync("Submit", ("Budget[0].Item", "Serre"), ("Budget[0].Amount", "19.000"), ("Budget[1].Item", "Zaden"), ("Budget[1].Amount", "100,50"), ("Budget[1].Own", "100,50"));
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("meer dan het maximum van dit spoor", (await tooMuch.ReadAsync()).Text());
        Assert.Equal(ApplicationStatus.Draft, (await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().SingleAsync(a => a.Id == id))).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync("Submit", ("Budget[0].Item", "Serre"), ("Budget[0].Amount", "19.000"), ("Budget[0].Own", "1.000"),
            ("Budget[1].Item", "Zaden"), ("Budget[1].Amount", "100,50"), ("Budget[1].Own", "100,50"))).StatusCode);
        var lines = await factory.WithDbAsync(db => db.BudgetLines.IgnoreQueryFilters().Where(b => b.ApplicationId == id).OrderBy(b => b.Position).ToListAsync());
        Assert.Equal([("Serre", 19_000_00L, 1_000_00L), ("Zaden", 100_50L, 100_50L)], lines.Select(l => (l.Item, l.AmountCents, l.OwnCents)));
        Assert.Contains("U vraagt de stad € 18.000,00", (await s.Applicant.GetPageAsync(url)).Text());
        Assert.Contains("U vraagt de stad € 18.000,00", (await s.Member.GetPageAsync($"/beoordeling/aanvraag/{id}")).Text());
    }

    [Fact]
    public async Task A_neighbour_joins_by_invitation_follows_the_application_and_cannot_review_it()
    {
        var (s, id, _) = await CreateDraftAsync("samen");
        var together = $"/aanvraag/{id}/samen";
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Applicant.PostFormAsync(together, [F("Name", "Buur"), F("Email", "geen-adres")], handler: "Invite")).StatusCode);
        // The committee member is invited as a neighbour.
        var juryEmail = "jurylid-samen@example.org";
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostFormAsync(together, [F("Name", "Jurylid"), F("Email", juryEmail)], handler: "Invite")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Applicant.PostFormAsync(together, [F("Name", "Nog eens"), F("Email", juryEmail.ToUpperInvariant())], handler: "Invite")).StatusCode);
        var mail = await factory.Mail!.WaitForAsync(juryEmail, "nodigt u uit");
        var link = PathOf(new Uri(MailSink.LinkIn(mail)));
        Assert.StartsWith("/meedoen/", link);

        // Someone else with the link cannot join.
        var other = await factory.ResidentAsync("andere-buur-samen@example.org");
        Assert.Contains("Deze uitnodiging is voor", (await other.GetPageAsync(link)).Text());
        Assert.Equal(HttpStatusCode.Conflict, (await other.PostFormAsync(link, [], tokenFrom: "/aanvragen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(together)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aanvraag/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await s.Member.PostFormAsync(link, [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Member.GetAsync($"/aanvraag/{id}")).StatusCode);
        Assert.NotNull((await s.Member.GetPageAsync("/aanvragen")).QuerySelector($"a[href='/aanvraag/{id}']"));
        Assert.Null((await other.GetPageAsync("/aanvragen")).QuerySelector($"a[href='/aanvraag/{id}']"));
        Assert.Contains("doet mee", (await s.Applicant.GetPageAsync(together)).Text());

        // Submitted, the co-applicant is in conflict for the review.
        await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == id)
            .ExecuteUpdateAsync(x => x.SetProperty(a => a.Status, ApplicationStatus.InReview).SetProperty(a => a.SubmittedUtc, DateTime.UtcNow)));
        Assert.Contains("U beoordeelt deze aanvraag niet", (await s.Member.GetPageAsync($"/beoordeling/aanvraag/{id}")).Text());
        Assert.Equal(HttpStatusCode.Conflict, (await (s with { Application = id }).ScoreAsync(s.Member, 3, 3, 3, 3)).StatusCode);
    }

    [Fact]
    public async Task A_worker_acting_for_a_resident_types_in_her_paper_form_and_the_answers_say_so()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(factory, admin, "Oproep papier");
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var maria = await factory.AssistedIdAsync();
        await worker.PostFormAsync($"/balie/bewoners/{maria}", [], "Act");
        var started = await worker.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var page = await worker.GetPageAsync($"/aanvraag/{id}");
        Assert.NotNull(page.QuerySelector("input[name='FromPaper']"));
        var questions = await QuestionsAsync(factory, call, TrackKind.Join);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(
            ("Title", "Bank voor het huis"), ("FromPaper", "true"), (FormReading.FieldName(questions[0].Id), "Gevelbank"),
            (FormReading.FieldName(questions[1].Id), "2027-03-01"), (FormReading.FieldName(questions[2].Id), "Kerkstraat 1")))).StatusCode);
        var application = await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Include(a => a.Response).SingleAsync(a => a.Id == id));
        Assert.Equal((maria, await factory.UserIdAsync(DemoSeeder.WorkerEmail), true, ApplicationStatus.Submitted),
            (application.ApplicantId, application.EnteredById!.Value, application.Response!.FromPaper, application.Status));

        // A resident filling in her own application has no such box, and cannot set it.
        var (s, own, q) = await CreateDraftAsync("zelf");
        Assert.Null((await s.Applicant.GetPageAsync($"/aanvraag/{own}")).QuerySelector("input[name='FromPaper']"));
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostMultipartAsync($"/aanvraag/{own}?handler=Save", Multipart([.. Complete(q), ("FromPaper", "true")]), tokenFrom: $"/aanvraag/{own}")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == own).Select(a => a.Response!.FromPaper).SingleAsync()));
    }

    [Fact]
    public async Task The_catalogue_is_what_the_join_form_offers_and_what_the_call_page_shows()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(factory, admin, "Oproep catalogus");
        var page = $"/beheer/oproepen/{call}/catalogus";
        var form = await admin.GetPageAsync(page);
        Assert.Equal(5, form.QuerySelectorAll("input[name$='.Id']").Length); // the call starts with five offers
        var offers = await factory.WithDbAsync(db => db.Offers.IgnoreQueryFilters().Where(o => o.CallId == call).OrderBy(o => o.Position).ToListAsync());

        var bad = await admin.PostFormAsync(page, [F("Offers[0].Id", offers[0].Id.ToString()), F("Offers[0].Name", "Straatfeestpakket"), F("Offers[0].Value", "veel")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync(page, [F("Offers[0].Name", "Bank"), F("Offers[1].Name", "bank")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync(page, [F("Offers[0].Id", "999999"), F("Offers[0].Name", "Bank")])).StatusCode);

        // Keep the first (renamed), remove the rest, add a new one.
        var fields = new List<KeyValuePair<string, string>> { F("Offers[0].Id", offers[0].Id.ToString()), F("Offers[0].Name", "Straatfeestkoffer"), F("Offers[0].Value", "275") };
        for (var i = 1; i < offers.Count; i++) fields.AddRange([F($"Offers[{i}].Id", offers[i].Id.ToString()), F($"Offers[{i}].Name", offers[i].Name), F($"Offers[{i}].Remove", "true")]);
        fields.AddRange([F("Offers[5].Name", "Petanquebaan"), F("Offers[5].Description", "Een baan met ballen."), F("Offers[5].Value", "900")]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, fields)).StatusCode);
        var saved = await factory.WithDbAsync(db => db.Offers.IgnoreQueryFilters().Where(o => o.CallId == call).OrderBy(o => o.Position).Select(o => new { o.Name, o.ValueCents }).ToListAsync());
        Assert.Equal([("Straatfeestkoffer", 275_00L), ("Petanquebaan", 900_00L)], saved.Select(o => (o.Name, o.ValueCents)));
        var choice = await factory.WithDbAsync(db => db.Tracks.IgnoreQueryFilters().Where(t => t.CallId == call && t.Kind == TrackKind.Join)
            .SelectMany(t => db.FormQuestions.IgnoreQueryFilters().Where(q => q.QuestionnaireId == t.QuestionnaireId && q.Kind == QuestionKind.Choice)).OrderBy(q => q.Position).FirstAsync());
        Assert.Equal(["Straatfeestkoffer", "Petanquebaan"], choice.Options);
        var callPage = (await factory.ClientFor().GetPageAsync($"/oproep/{call}")).Text();
        Assert.Contains("Petanquebaan: Een baan met ballen.", callPage);
        Assert.DoesNotContain("Gevelbank", callPage);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync(page)).StatusCode);
    }
}
