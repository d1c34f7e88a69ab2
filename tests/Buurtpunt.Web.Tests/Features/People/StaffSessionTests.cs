using System.Net;
using Buurtpunt.Core.Help;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>
/// The pages for residents and staff alike: a staff person signed in with the password alone (their second
/// step is a passkey) or with an e-mailed link (given their role after they signed in: staff are refused links)
/// gets exactly the resident's view — what the same role sees in a two-step session stays hidden, and staff
/// steps go nowhere. Leads see who registered for their activities only in a two-step session.
/// </summary>
public class StaffSessionTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static readonly SessionStrength[] Weaker = [SessionStrength.Password, SessionStrength.Link];

    /// <summary>A session of the given strength for a person with these grants (one account per role and strength).</summary>
    private Task<HttpClient> StaffAsync(string who, SessionStrength strength, params (Role Role, int? AreaId)[] grants) =>
        factory.SessionAsync(strength, $"sessie-{who}-{strength.ToString().ToLowerInvariant()}@voorbeeld.example", grants);

    private static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [Fact]
    public async Task A_request_for_help_shows_its_address_phone_and_staff_steps_only_to_a_worker_signed_in_with_two_steps()
    {
        var centrum = await factory.AreaIdAsync("Centrum");
        var request = await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters()
            .Where(h => h.AreaId == centrum && h.Phone != null && h.Status == HelpStatus.Open).OrderBy(h => h.Id).FirstAsync());
        var url = $"/hulp/{request.Id}";

        var twoSteps = await (await factory.SignedInAsync(DemoSeeder.WorkerEmail)).GetPageAsync(url);
        Assert.Contains(request.Address!, twoSteps.Text());
        Assert.Contains(request.Phone!, twoSteps.Text());
        Assert.NotNull(twoSteps.QuerySelector("button[name=step][value=NoOneFound]"));

        foreach (var strength in Weaker)
        {
            var worker = await StaffAsync("hulp-werker", strength, (Role.CommunityWorker, null));
            var response = await worker.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await BodyAsync(response);
            Assert.DoesNotContain(request.Address!, body);
            Assert.DoesNotContain(request.Phone!, body);
            // A staff step sent anyway finds no request.
            var step = await worker.PostFormAsync(url, [F("step", "NoOneFound"), F("Note", "")], "Step", tokenFrom: "/hulp/vragen");
            Assert.Equal(HttpStatusCode.NotFound, step.StatusCode);
        }
        Assert.Equal(HelpStatus.Open, await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().Where(h => h.Id == request.Id).Select(h => h.Status).SingleAsync()));
    }

    [Fact]
    public async Task Private_and_hidden_questions_are_for_a_worker_signed_in_with_two_steps_only()
    {
        const string runkelen = "/punt/dorpspunt-runkelen";
        var asker = await factory.ResidentAsync("sessie-vrager@voorbeeld.example");
        async Task<string> AskAsync(string title, bool isPrivate)
        {
            var asked = await asker.PostFormAsync($"{runkelen}/vragen/nieuw",
                [F("Input.Title", title), F("Input.Body", "Meer uitleg."), F("Input.Category", "Rights"), F("Input.Private", isPrivate ? "true" : "false")]);
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            return PathOf(asked.Headers.Location);
        }
        var privateUrl = await AskAsync("Wie helpt mij met mijn schulden?", isPrivate: true);
        var hiddenUrl = await AskAsync("Koop goedkope zonnepanelen bij mij", isPrivate: false);
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var hidden = await worker.PostFormAsync("/balie/meldingen", [F("kind", "Question"), F("id", hiddenUrl.Split('/').Last()), F("reason", "Dit is reclame.")], "Hide");
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);

        Assert.Contains("schulden", (await worker.GetPageAsync(privateUrl)).Text());
        Assert.Contains("zonnepanelen", (await worker.GetPageAsync(hiddenUrl)).Text()); // to restore it
        Assert.Contains("schulden", (await worker.GetPageAsync($"{runkelen}/vragen")).Text());

        foreach (var strength in Weaker)
        {
            var weak = await StaffAsync("vragen-werker", strength, (Role.CommunityWorker, null));
            Assert.Equal(HttpStatusCode.NotFound, (await weak.GetAsync(privateUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await weak.GetAsync(hiddenUrl)).StatusCode);
            var list = (await weak.GetPageAsync($"{runkelen}/vragen")).Text();
            Assert.DoesNotContain("schulden", list);
            Assert.DoesNotContain("zonnepanelen", list);
        }
    }

    [Fact]
    public async Task An_application_its_supporters_and_its_support_sheet_are_for_the_city_signed_in_with_two_steps_only()
    {
        var applicant = await factory.ResidentAsync("sessie-aanvrager@example.org");
        var call = await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Title == DemoSeeder.DemoCallTitle).Select(c => c.Id).SingleAsync());
        var started = await applicant.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var token = await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.SupportToken).SingleAsync());
        var supported = await factory.ClientFor().PostFormAsync($"/steun/{token}", [F("Name", "Jan Peeters"), F("Address", "Kerkstraat 12 bus 3"), F("Agree", "true")]);
        Assert.Equal(HttpStatusCode.OK, supported.StatusCode);

        var admin = await factory.SignedInAsync();
        Assert.Contains("Jan Peeters · Kerkstraat 12 bus 3", (await admin.GetPageAsync($"/aanvraag/{id}")).Text());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/aanvraag/{id}/steunlijst")).StatusCode);

        foreach (var strength in Weaker)
        {
            var weak = await StaffAsync("aanvraag-beheerder", strength, (Role.Administrator, null));
            var page = await weak.GetAsync($"/aanvraag/{id}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain("Jan Peeters", await BodyAsync(page));
            Assert.Equal(HttpStatusCode.NotFound, (await weak.GetAsync($"/aanvraag/{id}/steunlijst")).StatusCode);
            // Nor can paper support be typed in for it.
            var paper = await weak.PostFormAsync($"/aanvraag/{id}", [F("PaperName", "Maria Claes"), F("PaperAddress", "Molenweg 3")], "PaperSupport", tokenFrom: "/profiel");
            Assert.Equal(HttpStatusCode.NotFound, paper.StatusCode);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().CountAsync(s => s.ApplicationId == id)));
    }

    [Fact]
    public async Task A_lead_sees_who_registered_and_exports_it_only_in_a_two_step_session()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var (area, point) = (await factory.AreaIdAsync("Runkelen"), await factory.PointIdAsync("Runkelen"));
        var created = await worker.PostFormAsync("/beheer/activiteiten/nieuw",
        [
            F("Input.Title", "Fietsherstelling"), F("Input.Description", "Samen fietsen maken."), F("Input.Kind", "Workshop"), F("Input.Audience", "Everyone"),
            F("Input.AreaId", area.ToString()), F("Input.PointId", point.ToString()), F("Input.Place", ""), F("Input.Price", "0"),
            F("Input.Organiser", "Buurtwerk"), F("Input.TakesRegistrations", "true"), F("Input.Capacity", "10"),
            F("Input.ClosesHoursBefore", "0"), F("Input.FirstDate", "2026-12-01"), F("Input.StartTime", "14:00"), F("Input.EndTime", "16:00"),
            F("Input.Repeat", "once"), F("Input.WeekOfMonth", "1"), F("Input.UntilDate", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var activity = int.Parse(PathOf(created.Headers.Location).Split('/').Last());
        var date = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.ActivityId == activity).Select(o => o.Id).SingleAsync());
        var attendance = $"/beheer/activiteiten/datum/{date}";
        var walkIn = await worker.PostFormAsync(attendance, [F("WalkIn.Name", "Georgette Peeters"), F("WalkIn.Phone", "011 22 33 44"), F("WalkIn.People", "1")], "WalkIn");
        Assert.Equal(HttpStatusCode.Redirect, walkIn.StatusCode);
        string[] pages = [attendance, $"{attendance}?handler=Csv", $"{attendance}?handler=Excel", $"{attendance}/lijst"];

        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var list = (await lead.GetPageAsync(attendance)).Text();
        Assert.Contains("Georgette Peeters", list);
        Assert.Contains("011 22 33 44", list);
        Assert.Contains("011 22 33 44", await BodyAsync(await lead.GetAsync($"{attendance}?handler=Csv")));
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(page)).StatusCode);

        foreach (var strength in Weaker)
        {
            var weak = await StaffAsync("trekker", strength, (Role.AreaLead, area));
            foreach (var page in pages)
            {
                var response = await weak.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                // Password alone: sign in with the passkey and come back; an e-mailed link: set up a second step first.
                Assert.Equal(strength == SessionStrength.Password ? $"/aanmelden?toegangssleutel=nodig&returnUrl={Uri.EscapeDataString(page)}" : "/profiel/tweestaps?nodig=1",
                    PathOf(response.Headers.Location));
                Assert.DoesNotContain("Georgette", await BodyAsync(response));
            }
            Assert.DoesNotContain("Georgette", await BodyAsync(await weak.GetAsync($"/activiteit/{date}")));
            // Nor can the lead write down who came.
            var registration = await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().Where(r => r.OccurrenceId == date).Select(r => r.Id).SingleAsync());
            var came = await weak.PostFormAsync(attendance, [F("came", registration.ToString())], "Attendance", tokenFrom: "/profiel");
            Assert.Equal(HttpStatusCode.Redirect, came.StatusCode);
            Assert.DoesNotContain("/beheer", PathOf(came.Headers.Location));
        }
        Assert.Null(await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().Where(r => r.OccurrenceId == date).Select(r => r.Attended).SingleAsync()));
    }

    [Fact]
    public async Task Staff_are_refused_an_e_mailed_link_and_a_link_made_before_the_role_no_longer_works()
    {
        var email = "sessie-nieuwe-werker@voorbeeld.example";
        await factory.PersonAsync(email, [(Role.Resident, null)]);
        await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", email)]);
        var link = PathOf(new Uri(MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Uw aanmeldlink"))));
        await factory.GrantAsync(email, [(Role.CommunityWorker, null)]);

        Assert.False(await factory.LinkIsGivenToAsync(email));
        var used = factory.ClientFor();
        Assert.Equal(HttpStatusCode.BadRequest, (await used.PostFormAsync(link, [])).StatusCode);
        Assert.StartsWith("/aanmelden?ReturnUrl=", PathOf((await used.GetAsync("/profiel")).Headers.Location));
    }
}
