using System.Net;
using System.Text.Json.Nodes;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>
/// Passkeys through HTTP, answered by a software authenticator: sign-up, sign-in, the profile page,
/// two steps for staff, and everything that must fail (other municipality, other origin, bad JSON).
/// </summary>
public class PasskeyTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private const string Origin = "https://localhost";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static async Task<string> OptionsAsync(HttpClient client, string page, string handler, params KeyValuePair<string, string>[] fields)
    {
        var response = await client.PostFormAsync(page, fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Registers with a passkey (no password) and, unless told otherwise, confirms the address from the mail.</summary>
    private async Task<(HttpClient Client, SoftwareAuthenticator Key)> SignUpAsync(string email, string name, bool confirm = true)
    {
        var client = factory.ClientFor();
        var key = new SoftwareAuthenticator();
        var options = await OptionsAsync(client, "/registreren", "PasskeyOptions", F("Input.DisplayName", name), F("Input.Email", email));
        var done = await client.PostFormAsync("/registreren", [F("Input.DisplayName", name), F("Input.Email", email), F("PasskeyCredential", key.Create(options, Origin))], "Passkey");
        Assert.Equal("/mail-verstuurd", done.Headers.Location!.OriginalString);
        if (confirm)
        {
            var link = MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Bevestig uw e-mailadres"));
            Assert.Equal("Uw e-mailadres is bevestigd", (await client.GetPageAsync(new Uri(link).PathAndQuery)).H1());
        }
        return (client, key);
    }

    private static async Task<HttpResponseMessage> PasskeySignInAsync(HttpClient client, SoftwareAuthenticator key, string origin = Origin, string? rpId = null)
    {
        var options = await OptionsAsync(client, "/aanmelden", "PasskeyOptions");
        return await client.PostFormAsync("/aanmelden", [F("PasskeyCredential", key.Get(options, origin, rpId))], "Passkey");
    }

    private static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetPageAsync("/")).QuerySelector("form[action='/afmelden'] button") is not null;

    private Task<(int Users, int Passkeys)> CountsAsync() => factory.WithDbAsync(async db =>
        (await db.Users.IgnoreQueryFilters().CountAsync(), await db.UserPasskeys.CountAsync()));

    private Task<int> PasskeysOfAsync(string email) => factory.WithDbAsync(db =>
        db.UserPasskeys.CountAsync(p => db.Users.IgnoreQueryFilters().Any(u => u.Id == p.UserId && u.Email == email)));

    private async Task<HttpClient> NewResidentWithPasswordAsync(string email, string name)
    {
        var client = factory.ClientFor();
        await client.PostFormAsync("/registreren", [F("Input.DisplayName", name), F("Input.Email", email), F("Input.Password", "een lange zin als wachtwoord")]);
        await client.GetPageAsync(new Uri(MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Bevestig"))).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", "een lange zin als wachtwoord")])).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> AddPasskeyAsync(HttpClient client, SoftwareAuthenticator key, string name = "")
    {
        var options = await OptionsAsync(client, "/profiel/toegangssleutels", "Options", F("NewName", name));
        return await client.PostFormAsync("/profiel/toegangssleutels", [F("NewName", name), F("PasskeyCredential", key.Create(options, Origin))], "Add");
    }

    [Fact]
    public async Task A_passkey_made_by_someone_who_registered_my_address_stops_working_when_I_confirm_it()
    {
        const string email = "kraak@voorbeeld.example";
        var (_, key) = await SignUpAsync(email, "Kraker", confirm: false);
        using var _ = key;
        var owner = factory.ClientFor();
        var link = new Uri(MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Bevestig uw e-mailadres"))).PathAndQuery;
        Assert.Equal("Bevestig uw e-mailadres", (await owner.GetPageAsync(link)).H1());
        Assert.Equal(1, await PasskeysOfAsync(email)); // opening the link (a mail scanner, say) changes nothing

        var confirmed = await owner.PostFormAsync(link, []);
        Assert.StartsWith("/wachtwoord-herstellen?", confirmed.Headers.Location!.OriginalString);
        Assert.Equal(0, await PasskeysOfAsync(email));
        var device = factory.ClientFor();
        Assert.NotEqual(HttpStatusCode.Redirect, (await PasskeySignInAsync(device, key)).StatusCode);
        Assert.False(await IsSignedInAsync(device));
    }

    [Fact]
    public async Task Options_name_the_request_host_as_relying_party()
    {
        var signIn = JsonNode.Parse(await OptionsAsync(factory.ClientFor(), "/aanmelden", "PasskeyOptions"))!;
        Assert.Equal("localhost", signIn["rpId"]!.GetValue<string>());
        Assert.Equal("required", signIn["userVerification"]!.GetValue<string>());
        Assert.True(Convert.FromBase64String(signIn["challenge"]!.GetValue<string>().Replace('-', '+').Replace('_', '/') + "=").Length >= 32);

        var second = JsonNode.Parse(await OptionsAsync(factory.ClientFor("tweede.localhost"), "/aanmelden", "PasskeyOptions"))!;
        Assert.Equal("tweede.localhost", second["rpId"]!.GetValue<string>());

        var signUp = JsonNode.Parse(await OptionsAsync(factory.ClientFor("tweede.localhost"), "/registreren", "PasskeyOptions",
            F("Input.DisplayName", "Bart Beekdonk"), F("Input.Email", "bart@voorbeeld.example")))!;
        Assert.Equal("tweede.localhost", signUp["rp"]!["id"]!.GetValue<string>());
        Assert.Equal("bart@voorbeeld.example", signUp["user"]!["name"]!.GetValue<string>());
        Assert.Equal("Bart Beekdonk", signUp["user"]!["displayName"]!.GetValue<string>());
        Assert.Equal("required", signUp["authenticatorSelection"]!["residentKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sign_up_options_check_the_name_and_address_first_in_the_persons_language()
    {
        var response = await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", ""), F("Input.Email", "geen-adres")], "PasskeyOptions");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Contains("Vul 'Uw naam' in.", problems);
        Assert.Contains(problems, p => p.Contains("is geen geldig e-mailadres"));
    }

    [Fact]
    public async Task A_resident_signs_up_with_a_passkey_confirms_by_mail_and_signs_in_with_it()
    {
        var before = await CountsAsync();
        var (client, key) = await SignUpAsync("sleutel@voorbeeld.example", "Sien Sleutel", confirm: false);
        using var _ = key;
        var stored = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "sleutel@voorbeeld.example")
            .Select(u => new { u.PasswordHash, u.EmailConfirmed, Passkeys = db.UserPasskeys.Count(p => p.UserId == u.Id), Roles = u.Roles.Select(r => r.Role).ToList() }).SingleAsync());
        Assert.Null(stored.PasswordHash);
        Assert.False(stored.EmailConfirmed);
        Assert.Equal(1, stored.Passkeys);
        Assert.Equal([Web.Features.People.Role.Resident], stored.Roles);
        Assert.Equal((before.Users + 1, before.Passkeys + 1), await CountsAsync());

        // Not confirmed yet: the same answer as a password sign-in gets.
        var early = await PasskeySignInAsync(factory.ClientFor(), key);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Klik dan eerst op de link in onze mail", (await early.ReadAsync()).Text());

        var link = MailSink.LinkIn(await factory.Mail!.WaitForAsync("sleutel@voorbeeld.example", "Bevestig uw e-mailadres"));
        await client.GetPageAsync(new Uri(link).PathAndQuery);

        var device = factory.ClientFor();
        var signedIn = await PasskeySignInAsync(device, key);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.True(await IsSignedInAsync(device));
        var profile = await device.GetPageAsync("/profiel");
        Assert.Contains("sleutel@voorbeeld.example", profile.Text());
        var passkeys = await device.GetPageAsync("/profiel/toegangssleutels");
        Assert.Contains("Toegangssleutel zonder naam", passkeys.Text());

        // An assertion answers one challenge, kept in the browser that asked for it: elsewhere it is worthless.
        var options = await OptionsAsync(factory.ClientFor(), "/aanmelden", "PasskeyOptions");
        var once = key.Get(options, Origin);
        var thief = factory.ClientFor();
        await OptionsAsync(thief, "/aanmelden", "PasskeyOptions");
        Assert.Equal(HttpStatusCode.BadRequest, (await thief.PostFormAsync("/aanmelden", [F("PasskeyCredential", once)], "Passkey")).StatusCode);
    }

    [Fact]
    public async Task Signing_up_with_a_passkey_for_a_known_address_reveals_nothing_and_stores_nothing()
    {
        var before = await CountsAsync();
        var client = factory.ClientFor();
        using var key = new SoftwareAuthenticator();
        var options = await OptionsAsync(client, "/registreren", "PasskeyOptions", F("Input.DisplayName", "Iemand"), F("Input.Email", DemoSeeder.ResidentEmail));
        var done = await client.PostFormAsync("/registreren", [F("Input.DisplayName", "Iemand"), F("Input.Email", DemoSeeder.ResidentEmail), F("PasskeyCredential", key.Create(options, Origin))], "Passkey");
        Assert.Equal("/mail-verstuurd", done.Headers.Location!.OriginalString);
        await factory.Mail!.WaitForAsync(DemoSeeder.ResidentEmail, "U hebt al een account");
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("not-json")]
    [InlineData("empty-object")]
    [InlineData("other-origin")]
    [InlineData("other-host")]
    [InlineData("oversized")]
    [InlineData("no-ceremony")]
    public async Task A_bad_passkey_at_sign_up_gets_a_translated_400_and_stores_nothing(string kind)
    {
        var email = $"fout-{kind}@voorbeeld.example";
        var client = factory.ClientFor();
        using var key = new SoftwareAuthenticator();
        var before = await CountsAsync();
        KeyValuePair<string, string>[] person = [F("Input.DisplayName", "Fien Fout"), F("Input.Email", email)];
        var options = await OptionsAsync(kind == "no-ceremony" ? factory.ClientFor() : client, "/registreren", "PasskeyOptions", person);
        var credential = kind switch
        {
            "not-json" => "{dit is geen JSON",
            "empty-object" => "{}",
            "other-origin" => key.Create(options, "https://buurtpunt.evil.example"),
            "other-host" => key.Create(options, Origin, claimedRpId: "tweede.localhost"),
            "oversized" => key.Create(options, Origin).Insert(1, $"\"padding\":\"{new string('x', 20_000)}\","),
            _ => key.Create(options, Origin),
        };

        var response = await client.PostFormAsync("/registreren", [.. person, F("PasskeyCredential", credential)], "Passkey");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Er is geen account gemaakt", (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await CountsAsync());
        Assert.False(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("not-json")]
    [InlineData("empty-object")]
    [InlineData("other-origin")]
    [InlineData("oversized")]
    [InlineData("no-ceremony")]
    public async Task A_bad_passkey_at_sign_in_gets_a_translated_400(string kind)
    {
        var (_, key) = await SignUpAsync($"inloggen-{kind}@voorbeeld.example", "Ilse Inlog");
        using var _ = key;
        var client = factory.ClientFor();
        var options = await OptionsAsync(kind == "no-ceremony" ? factory.ClientFor() : client, "/aanmelden", "PasskeyOptions");
        var credential = kind switch
        {
            "not-json" => "]]",
            "empty-object" => "{}",
            "other-origin" => key.Get(options, "https://buurtpunt.evil.example"),
            "oversized" => key.Get(options, Origin).Insert(1, $"\"padding\":\"{new string('x', 20_000)}\","),
            _ => key.Get(options, Origin),
        };

        var response = await client.PostFormAsync("/aanmelden", [F("PasskeyCredential", credential)], "Passkey");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Aanmelden met deze toegangssleutel lukte niet", (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task A_passkey_made_on_one_municipality_never_signs_in_on_another()
    {
        var (_, key) = await SignUpAsync("twee@voorbeeld.example", "Tine Twee");
        using var _ = key;
        var other = factory.ClientFor("tweede.localhost");

        // What a browser never does, replayed by hand: an assertion for localhost sent to Beekdonk.
        var options = await OptionsAsync(other, "/aanmelden", "PasskeyOptions");
        var replayed = await other.PostFormAsync("/aanmelden", [F("PasskeyCredential", key.Get(options, Origin))], "Passkey");
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("Aanmelden met deze toegangssleutel lukte niet", (await replayed.ReadAsync()).Text());

        // Even signed as if it were made for Beekdonk's host, the account is not Beekdonk's.
        var retargeted = await PasskeySignInAsync(other, key, "https://tweede.localhost", "tweede.localhost");
        Assert.Equal(HttpStatusCode.BadRequest, retargeted.StatusCode);
        Assert.False(await IsSignedInAsync(other));

        Assert.Equal(HttpStatusCode.Redirect, (await PasskeySignInAsync(factory.ClientFor(), key)).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_password_but_not_the_passkey()
    {
        var (_, key) = await SignUpAsync("slot@voorbeeld.example", "Sam Slot");
        using var _ = key;
        // Someone who knows the address tries passwords until the account locks.
        for (var i = 0; i < 5; i++)
            await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", "slot@voorbeeld.example"), F("Input.Password", "geraden wachtwoord " + i)]);
        Assert.True(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == "slot@voorbeeld.example" && u.LockoutEnd != null)));

        var response = await PasskeySignInAsync(factory.ClientFor(), key);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == "slot@voorbeeld.example" && u.LockoutEnd == null)));
    }

    [Fact]
    public async Task A_sign_in_link_that_proves_the_address_drops_a_passkey_made_before()
    {
        // Someone registered the address with their own passkey; its owner opens the link from the mail.
        var (_, key) = await SignUpAsync("vooraf@voorbeeld.example", "Vera Vooraf", confirm: false);
        using var _ = key;
        await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", "vooraf@voorbeeld.example")]);
        var link = new Uri(MailSink.LinkIn(await factory.Mail!.WaitForAsync("vooraf@voorbeeld.example", "Uw aanmeldlink"))).PathAndQuery;
        Assert.Equal(HttpStatusCode.Redirect, (await factory.ClientFor().PostFormAsync(link, [])).StatusCode);
        Assert.Equal(0, await PasskeysOfAsync("vooraf@voorbeeld.example"));
        Assert.Equal(HttpStatusCode.BadRequest, (await PasskeySignInAsync(factory.ClientFor(), key)).StatusCode);
    }

    [Fact]
    public async Task The_passkey_page_needs_sign_in()
    {
        var client = factory.ClientFor();
        var page = await client.GetAsync("/profiel/toegangssleutels");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/aanmelden", page.Headers.Location!.PathAndQuery);
        var options = await client.PostAsync("/profiel/toegangssleutels?handler=Options", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, options.StatusCode);
        Assert.StartsWith("/aanmelden", options.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_resident_adds_renames_and_removes_a_passkey()
    {
        var client = await NewResidentWithPasswordAsync("drie@voorbeeld.example", "Dirk Drie");
        Assert.Contains("U hebt nog geen toegangssleutel", (await client.GetPageAsync("/profiel/toegangssleutels")).Text());
        using var key = new SoftwareAuthenticator();

        var tooLong = await client.PostFormAsync("/profiel/toegangssleutels", [F("NewName", new string('x', 61))], "Options");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var added = await AddPasskeyAsync(client, key, "Mijn telefoon");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await client.GetPageAsync("/profiel/toegangssleutels");
        Assert.Contains("Uw toegangssleutel is bewaard.", page.Text());
        Assert.Equal("Mijn telefoon", page.QuerySelector("ul.passkeys h2")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PasskeySignInAsync(factory.ClientFor(), key)).StatusCode);

        // The export lists it (not its key).
        var export = JsonNode.Parse(await client.GetStringAsync("/profiel/gegevens.json"))!["account"]!["passkeys"]!.AsArray();
        Assert.Equal("Mijn telefoon", Assert.Single(export)!["name"]!.GetValue<string>());
        Assert.Equal(key.CredentialIdText, export[0]!["credentialId"]!.GetValue<string>());

        var empty = await client.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText), F("name", " ")], "Rename");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Vul 'Naam van de toegangssleutel' in.", (await empty.ReadAsync()).QuerySelector(".problems")!.TextContent);
        var longName = await client.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText), F("name", new string('x', 61))], "Rename");
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Contains("hoogstens 60 tekens", (await longName.ReadAsync()).QuerySelector(".problems")!.TextContent);
        var renamed = await client.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText), F("name", "Laptop")], "Rename");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Laptop", (await client.GetPageAsync("/profiel/toegangssleutels")).QuerySelector("ul.passkeys h2")!.TextContent);

        var removed = await client.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText)], "Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await PasskeysOfAsync("drie@voorbeeld.example"));
        Assert.True(await IsSignedInAsync(client));
        Assert.Equal(HttpStatusCode.BadRequest, (await PasskeySignInAsync(factory.ClientFor(), key)).StatusCode);
    }

    [Fact]
    public async Task Another_persons_passkey_is_not_found()
    {
        var (_, key) = await SignUpAsync("vier@voorbeeld.example", "Vic Vier");
        using var _ = key;
        var stranger = await NewResidentWithPasswordAsync("vreemd@voorbeeld.example", "Vreemde Vijf");

        var remove = await stranger.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText)], "Remove");
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        var rename = await stranger.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText), F("name", "Van mij")], "Rename");
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/profiel/toegangssleutels", [F("id", "%%geen-id%%")], "Remove")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/profiel/toegangssleutels", [], "Remove")).StatusCode);

        Assert.Equal(1, await PasskeysOfAsync("vier@voorbeeld.example"));
        Assert.Equal(HttpStatusCode.Redirect, (await PasskeySignInAsync(factory.ClientFor(), key)).StatusCode);
    }

    [Fact]
    public async Task The_last_passkey_of_an_account_without_password_stays_and_erasure_removes_it()
    {
        var (_, key) = await SignUpAsync("enig@voorbeeld.example", "Emma Enig");
        using var _ = key;
        var client = factory.ClientFor();
        await PasskeySignInAsync(client, key);
        var refused = await client.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText)], "Remove");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Dit is uw enige toegangssleutel", (await refused.ReadAsync()).Text());
        Assert.Equal(1, await PasskeysOfAsync("enig@voorbeeld.example"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/profiel/verwijderen", [F("Sure", "true")])).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.UserPasskeys.AnyAsync(p => p.CredentialId == key.CredentialId)));
    }

    [Fact]
    public async Task Staff_sign_in_with_a_passkey_alone_counts_as_two_steps()
    {
        var admin = await factory.SignedInAsync(); // password and authenticator code
        using var key = new SoftwareAuthenticator();
        Assert.Equal(HttpStatusCode.Redirect, (await AddPasskeyAsync(admin, key, "Sleutelhanger")).StatusCode);

        var device = factory.ClientFor();
        Assert.Equal(HttpStatusCode.Redirect, (await PasskeySignInAsync(device, key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await device.GetAsync("/beheer")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5)); // past the security stamp's re-validation
        Assert.Equal(HttpStatusCode.OK, (await device.GetAsync("/beheer/gebieden")).StatusCode);
    }

    [Fact]
    public async Task Staff_with_a_passkey_sign_in_with_it_and_a_password_alone_cannot_change_their_second_steps()
    {
        var person = await NewResidentWithPasswordAsync("medewerker@voorbeeld.example", "Mila Medewerker");
        var admin = await factory.SignedInAsync();
        var id = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "medewerker@voorbeeld.example").Select(u => u.Id).SingleAsync());
        await admin.PostFormAsync($"/beheer/mensen/{id}", [F("NewRole", "Administrator")], "Grant");

        // A new administrator without a second step sets up a passkey instead of an app.
        var client = factory.ClientFor();
        await client.PostFormAsync("/aanmelden", [F("Input.Email", "medewerker@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal("/profiel/tweestaps?nodig=1", (await client.GetAsync("/beheer/gebieden")).Headers.Location!.OriginalString);
        Assert.Contains("Liever geen app?", (await client.GetPageAsync("/profiel/tweestaps?nodig=1")).Text());
        using var key = new SoftwareAuthenticator();
        Assert.Equal(HttpStatusCode.Redirect, (await AddPasskeyAsync(client, key, "Werk")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer/gebieden")).StatusCode);

        // Later, with the password alone: asked for the passkey, and no second step can be swapped in.
        var passwordOnly = factory.ClientFor();
        await passwordOnly.PostFormAsync("/aanmelden", [F("Input.Email", "medewerker@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        var sent = await passwordOnly.GetAsync("/beheer/gebieden");
        Assert.Equal("/aanmelden?toegangssleutel=nodig&returnUrl=%2Fbeheer%2Fgebieden", sent.Headers.Location!.OriginalString);
        Assert.Contains("meldt u zich aan met uw toegangssleutel", (await passwordOnly.GetPageAsync(sent.Headers.Location.OriginalString)).Text());

        var moreOptions = await passwordOnly.PostFormAsync("/profiel/toegangssleutels", [], "Options");
        Assert.Equal(HttpStatusCode.BadRequest, moreOptions.StatusCode);
        Assert.Contains("Meld u eerst aan in twee stappen", await moreOptions.Content.ReadAsStringAsync());
        var remove = await passwordOnly.PostFormAsync("/profiel/toegangssleutels", [F("id", key.CredentialIdText)], "Remove");
        Assert.Equal(HttpStatusCode.BadRequest, remove.StatusCode);
        var app = await passwordOnly.GetPageAsync("/profiel/tweestaps");
        var appKey = app.QuerySelector("code.key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        Assert.Equal(HttpStatusCode.BadRequest, (await passwordOnly.PostFormAsync("/profiel/tweestaps", [F("Code", Totp.Code(appKey, factory.Clock.GetUtcNow()))])).StatusCode);
        Assert.Equal(1, await PasskeysOfAsync("medewerker@voorbeeld.example"));

        var withPasskey = await PasskeySignInAsync(passwordOnly, key);
        Assert.Equal(HttpStatusCode.Redirect, withPasskey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await passwordOnly.GetAsync("/beheer/gebieden")).StatusCode);
    }
}

public class PasskeyRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Passkey_sign_in_attempts_count_against_the_sign_in_limit()
    {
        var client = factory.ClientFor();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
            last = await client.PostFormAsync("/aanmelden", [new("PasskeyCredential", "{}")], "Passkey");
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
    }
}
