using System.Net;
using System.Text.Json;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>Accounts a community worker keeps for residents who are not online: consent, acting for them, take-over, export and erasure.</summary>
public class AssistedAccountTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);


    private async Task<List<KeyValuePair<string, string>>> ResidentFormAsync(string name, string area = "Zepperen", string givenOn = "2026-11-20", bool acting = true) =>
    [
        F("Resident.DisplayName", name), F("Resident.AreaId", (await factory.AreaIdAsync(area)).ToString()),
        F("Resident.Phone", "011 22 33 44"), F("Resident.PostalAddress", "Molenstraat 5\n3800 Zepperen"),
        F("Consent.Account", "true"), F("Consent.ActOnBehalf", acting ? "true" : "false"), F("Consent.Contact", "true"),
        F("Consent.GivenOn", givenOn), F("Consent.Method", "SignedSlip"),
    ];

    private async Task<Guid> CreateAsync(HttpClient worker, string name, bool acting = true)
    {
        var response = await worker.PostFormAsync("/balie/bewoners/nieuw", await ResidentFormAsync(name, acting: acting));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(PathOf(response.Headers.Location).Split('/').Last());
    }

    private Task<List<AuditEntry>> AuditAboutAsync(Guid subject) =>
        factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.SubjectUserId == subject).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_worker_opens_an_account_without_email_with_recorded_consent_and_a_printed_slip()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var workerId = await factory.UserIdAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Jozef Vos");

        var user = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == id));
        Assert.True(user.Assisted);
        Assert.Null(user.Email);
        Assert.Null(user.PasswordHash);
        Assert.Equal("011 22 33 44", user.PhoneNumber);
        var consent = await factory.WithDbAsync(db => db.Consents.IgnoreQueryFilters().SingleAsync(c => c.UserId == id));
        Assert.Equal(ConsentScope.Account | ConsentScope.ActOnBehalf | ConsentScope.Contact, consent.Scopes);
        Assert.Equal(new DateOnly(2026, 11, 20), consent.GivenOn);
        Assert.Equal(workerId, consent.RecordedById);
        Assert.Equal("Jana Buurtwerker", consent.RecordedByName);

        var file = await worker.GetPageAsync($"/balie/bewoners/{id}");
        Assert.Equal("Jozef Vos", file.H1());
        Assert.Contains("Jana Buurtwerker", file.Text());
        var slipLink = file.QuerySelector("a[href*='/toestemming/']")!.GetAttribute("href")!;
        var slip = await worker.GetPageAsync(slipLink);
        Assert.Contains("Jozef Vos gaat ermee akkoord dat:", slip.Text());
        Assert.Contains("in zijn of haar naam", slip.Text());
        Assert.Contains("Handtekening bewoner", slip.Text());

        var actions = (await AuditAboutAsync(id)).Select(e => (e.Action, e.ActorUserId)).ToList();
        Assert.Contains((AuditActions.AssistedCreated, (Guid?)workerId), actions);
        Assert.Contains((AuditActions.ConsentRecorded, (Guid?)workerId), actions);
        Assert.Contains((AuditActions.PersonViewed, (Guid?)workerId), actions);
    }

    [Theory]
    [InlineData("Consent.GivenOn", "", "Vul de datum in waarop de bewoner akkoord ging.")]
    [InlineData("Consent.GivenOn", "2027-01-01", "De datum ligt in de toekomst")]
    [InlineData("Consent.Account", "false", "Zonder akkoord voor het account")]
    [InlineData("Consent.Method", "Telepathy", "")]
    [InlineData("Resident.Phone", "", "Vul een telefoonnummer of een adres in")]
    [InlineData("Resident.DisplayName", "LONG", "")]
    [InlineData("Resident.AreaId", "999999", "")]
    public async Task Bad_input_gets_a_clear_message_and_stores_nothing(string field, string value, string message)
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var form = await ResidentFormAsync("Bad Input");
        form.RemoveAll(f => f.Key == field);
        form.Add(F(field, value == "LONG" ? new string('x', 10_000) : value));
        if (field == "Resident.Phone") form.RemoveAll(f => f.Key == "Resident.PostalAddress");
        var before = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync());

        var response = await worker.PostFormAsync("/balie/bewoners/nieuw", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.NotNull(page.QuerySelector(".problems"));
        Assert.Contains(message, page.Text());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Seeing_the_file_again_with_form_errors_is_audited_too()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Frans Claes");
        var views = async () => (await AuditAboutAsync(id)).Count(e => e.Action == AuditActions.PersonViewed);
        var before = await views();
        // A bare form post (no "sure") shows the file again, with the address on it.
        var response = await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Erase", tokenFrom: "/balie/bewoners");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Molenstraat 5", (await response.ReadAsync()).Text());
        Assert.Equal(before + 1, await views());
    }

    [Fact]
    public async Task Once_the_account_consent_is_withdrawn_only_export_and_erasure_remain()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Hilde Maes");
        await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Withdraw");

        var file = await worker.GetPageAsync($"/balie/bewoners/{id}");
        Assert.Contains("trok het akkoord in", file.QuerySelector(".problems")!.TextContent);
        Assert.Null(file.QuerySelector("form[action*='handler=Edit']"));
        var edit = await worker.PostFormAsync($"/balie/bewoners/{id}", await ResidentFormAsync("Andere Naam"), "Edit");
        Assert.StartsWith("/fout/403", PathOf(edit.Headers.Location));
        Assert.StartsWith("/fout/403", PathOf((await worker.GetAsync($"/balie/bewoners/{id}/overnamecode")).Headers.Location));
        Assert.Equal("application/json", (await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Export")).Content.Headers.ContentType!.MediaType);

        // The resident agrees again: the file is usable again.
        var again = await worker.PostFormAsync($"/balie/bewoners/{id}",
            [F("Consent.Account", "true"), F("Consent.GivenOn", "2026-11-23"), F("Consent.Method", "Verbal")], "Consent");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/balie/bewoners/{id}/overnamecode")).StatusCode);
    }

    [Fact]
    public async Task An_area_limited_worker_cannot_file_a_resident_outside_their_area()
    {
        var email = "werker-runkelen@voorbeeld.example";
        await factory.PersonAsync(email, [(Role.CommunityWorker, await factory.AreaIdAsync("Runkelen"))]);
        var worker = await factory.SignedInAsync(email);
        var response = await worker.PostFormAsync("/balie/bewoners/nieuw", await ResidentFormAsync("Buiten Bereik", area: "Zepperen"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync(u => u.DisplayName == "Buiten Bereik")));
    }

    [Fact]
    public async Task Acting_on_behalf_shows_on_every_page_is_audited_and_ends_with_withdrawn_consent()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Germaine Lenaerts");

        var started = await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Act");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var home = await worker.GetPageAsync("/");
        Assert.Contains("U werkt in naam van Germaine Lenaerts.", home.QuerySelector(".acting")!.TextContent);
        Assert.NotNull((await worker.GetPageAsync("/profiel")).QuerySelector(".acting"));

        var withdrawn = await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Null((await worker.GetPageAsync("/")).QuerySelector(".acting"));

        var again = await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Act");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("gaf geen akkoord", (await again.ReadAsync()).Text());

        var actions = (await AuditAboutAsync(id)).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.ActingStarted, actions);
        Assert.Contains(AuditActions.ConsentWithdrawn, actions);
    }

    [Fact]
    public async Task Stopping_ends_acting_and_a_forged_or_foreign_acting_cookie_counts_for_nothing()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var maria = await factory.AssistedIdAsync();
        var started = await worker.PostFormAsync($"/balie/bewoners/{maria}", [], "Act");
        var cookie = started.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(OnBehalf.CookieName + "=")).Split(';')[0];
        Assert.NotNull((await worker.GetPageAsync("/")).QuerySelector(".acting"));

        var page = await worker.GetPageAsync("/");
        var token = page.QuerySelector(".acting input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var stopped = await worker.PostAsync("/balie/namens-stoppen", new FormUrlEncodedContent([F("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.Null((await worker.GetPageAsync("/")).QuerySelector(".acting"));
        Assert.Contains(AuditActions.ActingStopped, (await AuditAboutAsync(maria)).Select(e => e.Action));

        // A forged value is ignored.
        var forged = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        forged.DefaultRequestHeaders.Add("Cookie", $"{OnBehalf.CookieName}=forged-value");
        Assert.Null((await forged.GetPageAsync("/")).QuerySelector(".acting"));

        // Control: the same cookie in another browser of the same worker does count.
        var otherBrowser = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        otherBrowser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.NotNull((await otherBrowser.GetPageAsync("/")).QuerySelector(".acting"));

        // The worker's real cookie in the administrator's browser: it is bound to the worker, so it counts for nothing.
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        admin.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Null((await admin.GetPageAsync("/")).QuerySelector(".acting"));
    }

    [Fact]
    public async Task A_resident_takes_over_with_the_printed_code_confirms_by_mail_and_the_desk_lets_go()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Paula Jacobs");

        var slip = await (await worker.PostFormAsync($"/balie/bewoners/{id}/overnamecode", [])).ReadAsync();
        var code = slip.QuerySelector(".slip .code")!.TextContent.Trim();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Contains("https://localhost/overnemen", slip.Text());
        var stored = await factory.WithDbAsync(db => db.TakeoverCodes.IgnoreQueryFilters().SingleAsync(c => c.UserId == id));
        Assert.DoesNotContain(code.Replace("-", ""), stored.CodeHash);

        // The code of Haspenhove means nothing on Beekdonk's host.
        var elsewhere = await factory.ClientFor("tweede.localhost").PostFormAsync("/overnemen",
            [F("Input.Code", code), F("Input.Email", "paula@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("Deze code klopt niet", (await elsewhere.ReadAsync()).Text());

        var resident = factory.ClientFor();
        var typed = code.ToLowerInvariant().Replace("-", " ");
        var takenOver = await resident.PostFormAsync("/overnemen",
            [F("Input.Code", typed), F("Input.Email", "paula@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal("/mail-verstuurd", PathOf(takenOver.Headers.Location));

        // Until the address is proven the desk still keeps the account, and says the take-over started.
        Assert.Contains("heeft de overname gestart", (await worker.GetPageAsync($"/balie/bewoners/{id}")).Text());

        var mail = await factory.Mail!.WaitForAsync("paula@voorbeeld.example", "Bevestig uw e-mailadres");
        await resident.GetPageAsync(new Uri(MailSink.LinkIn(mail)).PathAndQuery);
        var signedIn = await resident.PostFormAsync("/aanmelden", [F("Input.Email", "paula@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("Paula Jacobs", (await resident.GetPageAsync("/profiel")).QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/balie/bewoners/{id}")).StatusCode);
        var reused = await factory.ClientFor().PostFormAsync("/overnemen",
            [F("Input.Code", code), F("Input.Email", "ander@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains(AuditActions.TakenOver, (await AuditAboutAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_new_code_voids_the_previous_one()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Louis Stevens");
        var first = (await (await worker.PostFormAsync($"/balie/bewoners/{id}/overnamecode", [])).ReadAsync()).QuerySelector(".slip .code")!.TextContent.Trim();
        await worker.PostFormAsync($"/balie/bewoners/{id}/overnamecode", []);
        var response = await factory.ClientFor().PostFormAsync("/overnemen",
            [F("Input.Code", first), F("Input.Email", "louis@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_worker_exports_and_erases_an_assisted_account_and_both_are_audited()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, "Irma Wouters");

        var export = await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Export");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        var account = json.RootElement.GetProperty("account");
        Assert.Equal("Irma Wouters", account.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal("011 22 33 44", account.GetProperty("profile").GetProperty("phone").GetString());
        Assert.Equal("Jana Buurtwerker", account.GetProperty("consents")[0].GetProperty("recordedBy").GetString());
        var staffActions = account.GetProperty("staffActionsAboutYou").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains(AuditActions.AssistedCreated, staffActions);

        var unsure = await worker.PostFormAsync($"/balie/bewoners/{id}", [], "Erase");
        Assert.Equal(HttpStatusCode.BadRequest, unsure.StatusCode);
        var erased = await worker.PostFormAsync($"/balie/bewoners/{id}", [F("Sure", "true")], "Erase");
        Assert.Equal("/balie/bewoners", PathOf(erased.Headers.Location));

        Assert.False(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == id)));
        Assert.False(await factory.WithDbAsync(db => db.Consents.IgnoreQueryFilters().AnyAsync(c => c.UserId == id)));
        var actions = (await AuditAboutAsync(id)).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.PersonExported, actions);
        Assert.Contains(AuditActions.PersonErased, actions);
    }
}
