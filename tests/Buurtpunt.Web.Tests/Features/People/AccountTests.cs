using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>Registration, confirmation, sign-in links and password reset, with mail through a real SMTP sink.</summary>
public class AccountTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    private static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetPageAsync("/")).QuerySelector("form[action='/afmelden'] button") is not null;

    [Fact]
    public async Task A_resident_registers_confirms_by_mail_and_signs_in()
    {
        var client = factory.ClientFor();
        var response = await client.PostFormAsync("/registreren", [F("Input.DisplayName", "Mia Peeters"), F("Input.Email", "mia@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal("/mail-verstuurd", response.Headers.Location!.OriginalString);

        var signIn = () => client.PostFormAsync("/aanmelden", [F("Input.Email", "mia@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        var refused = await signIn();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Klik dan eerst op de link in onze mail", (await refused.ReadAsync()).Text());

        var mail = await factory.Mail!.WaitForAsync("mia@voorbeeld.example", "Bevestig uw e-mailadres");
        Assert.Contains("Dag Mia Peeters", mail.TextBody);
        var link = MailSink.LinkIn(mail);
        Assert.StartsWith("https://localhost/bevestigen?", link);
        var confirmed = await client.GetPageAsync(PathOf(link));
        Assert.Equal("Uw e-mailadres is bevestigd", confirmed.H1());

        Assert.Equal(HttpStatusCode.Redirect, (await signIn()).StatusCode);
        Assert.True(await IsSignedInAsync(client));
        var roles = await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().Where(r => db.Users.IgnoreQueryFilters().Any(u => u.Id == r.UserId && u.Email == "mia@voorbeeld.example")).Select(r => r.Role).ToListAsync());
        Assert.Equal([Web.Features.People.Role.Resident], roles);
    }

    [Fact]
    public async Task Registering_a_known_address_reveals_nothing_and_tells_the_owner_by_mail()
    {
        var before = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync());
        var response = await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", "Iemand"), F("Input.Email", DemoSeeder.ResidentEmail), F("Input.Password", "nog een lange zin hier")]);
        Assert.Equal("/mail-verstuurd", response.Headers.Location!.OriginalString);
        await factory.Mail!.WaitForAsync(DemoSeeder.ResidentEmail, "U hebt al een account");
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("", "kort@voorbeeld.example", "kort", "Vul 'Uw naam' in.")]
    [InlineData("Kort", "kort@voorbeeld.example", "kort", "minstens 10")]
    [InlineData("Kort", "geen-adres", "een lange zin als wachtwoord", "is geen geldig e-mailadres")]
    [InlineData("Kort", "kort@voorbeeld.example", "1234567890", "Dit wachtwoord is te bekend")]
    [InlineData("Kort", "kort@voorbeeld.example", "QwertyUiop", "Dit wachtwoord is te bekend")]
    [InlineData("Kort", "kort@voorbeeld.example", "wachtwoord123", "Dit wachtwoord is te bekend")]
    [InlineData("Kort", "kort@voorbeeld.example", "kort@voorbeeld.example", "Dit wachtwoord is te bekend")]
    public async Task Bad_registrations_get_a_clear_message(string name, string email, string password, string message)
    {
        var response = await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", name), F("Input.Email", email), F("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
    }

    [Fact]
    public async Task A_sign_in_link_works_once_and_confirms_the_address()
    {
        // Registered but never confirmed: the link from the mailbox is proof enough.
        await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", "Lien Link"), F("Input.Email", "lien@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        var client = factory.ClientFor();
        var response = await client.PostFormAsync("/aanmeldlink", [F("Email", "lien@voorbeeld.example")]);
        Assert.Equal("/mail-verstuurd", response.Headers.Location!.OriginalString);
        var link = PathOf(MailSink.LinkIn(await factory.Mail!.WaitForAsync("lien@voorbeeld.example", "Uw aanmeldlink")));

        // Opening the link (as a mail scanner would) does not use it up; the button does.
        Assert.Equal("Welkom terug", (await client.GetPageAsync(link)).H1());
        var used = await client.PostFormAsync(link, []);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.True(await IsSignedInAsync(client));

        var again = factory.ClientFor();
        Assert.Equal("Deze aanmeldlink werkt niet meer", (await again.GetPageAsync(link, HttpStatusCode.BadRequest)).H1());
        Assert.True(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "lien@voorbeeld.example").Select(u => u.EmailConfirmed).SingleAsync()));
        // Whoever registered the address before its owner opened the mail does not keep a way in.
        var preRegistered = await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", "lien@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.BadRequest, preRegistered.StatusCode);
    }

    [Fact]
    public async Task Someone_who_registered_my_address_loses_their_password_and_authenticator_when_I_confirm_it()
    {
        const string email = "kaat@voorbeeld.example";
        await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", "Kaat"), F("Input.Email", email), F("Input.Password", "het wachtwoord van een ander")]);
        // As if the squatter had also set up an authenticator on the account.
        var stampBefore = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == email);
            user.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = DemoSeeder.StaffAuthenticatorKey });
            await db.SaveChangesAsync();
            return user.SecurityStamp;
        });

        // The owner opens the mail in their own browser: opening asks, the button confirms.
        var owner = factory.ClientFor();
        var link = PathOf(MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Bevestig uw e-mailadres")));
        Assert.Equal("Bevestig uw e-mailadres", (await owner.GetPageAsync(link)).H1());
        Assert.False(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
        var confirmed = await owner.PostFormAsync(link, []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var choose = confirmed.Headers.Location!.OriginalString;
        Assert.StartsWith("/wachtwoord-herstellen?", choose);

        var stored = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email)
            .Select(u => new { u.EmailConfirmed, u.PasswordHash, u.TwoFactorEnabled, u.SecurityStamp, Tokens = db.UserTokens.Count(t => t.UserId == u.Id) }).SingleAsync());
        Assert.True(stored.EmailConfirmed);
        Assert.Null(stored.PasswordHash);
        Assert.False(stored.TwoFactorEnabled);
        Assert.Equal(0, stored.Tokens);
        Assert.NotEqual(stampBefore, stored.SecurityStamp);
        var squatter = await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", "het wachtwoord van een ander")]);
        Assert.Equal(HttpStatusCode.BadRequest, squatter.StatusCode);

        // The owner chooses their own password right away.
        var page = await owner.GetPageAsync(choose);
        Assert.Contains("Uw e-mailadres is bevestigd. Kies nu een wachtwoord.", page.Text());
        var set = await owner.PostFormAsync(choose, [F("Id", page.QuerySelector("input[name=Id]")!.GetAttribute("value")!),
            F("Code", page.QuerySelector("input[name=Code]")!.GetAttribute("value")!), F("Password", "mijn eigen lange wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var signedIn = await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", "mijn eigen lange wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        // The confirmation link is spent.
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_of_an_address_someone_else_registered_proves_it_and_lets_the_owner_in()
    {
        const string email = "wout@voorbeeld.example";
        await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", "Wout"), F("Input.Email", email), F("Input.Password", "het wachtwoord van een ander")]);
        var owner = factory.ClientFor();
        await owner.PostFormAsync("/wachtwoord-vergeten", [F("Email", email)]);
        var link = PathOf(MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Nieuw wachtwoord")));
        var page = await owner.GetPageAsync(link);
        var (id, code) = (page.QuerySelector("input[name=Id]")!.GetAttribute("value")!, page.QuerySelector("input[name=Code]")!.GetAttribute("value")!);

        // A refused password removes nothing; an accepted one proves the address.
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostFormAsync(link, [F("Id", id), F("Code", code), F("Password", "1234567890")])).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync(link, [F("Id", id), F("Code", code), F("Password", "mijn eigen lange wachtwoord")])).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", "mijn eigen lange wachtwoord")])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", "het wachtwoord van een ander")])).StatusCode);
    }

    [Fact]
    public async Task Registering_says_nothing_about_existing_accounts_even_with_a_bad_password()
    {
        var known = await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", "X"), F("Input.Email", DemoSeeder.ResidentEmail), F("Input.Password", "1234567890")]);
        var unknown = await factory.ClientFor().PostFormAsync("/registreren", [F("Input.DisplayName", "X"), F("Input.Email", "onbekend@voorbeeld.example"), F("Input.Password", "1234567890")]);
        Assert.Equal(HttpStatusCode.BadRequest, known.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Staff_with_two_step_sign_in_get_no_sign_in_link()
    {
        var response = await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", DemoSeeder.AdminEmail)]);
        Assert.Equal("/mail-verstuurd", response.Headers.Location!.OriginalString); // the same answer for everyone
        await Task.Delay(500);
        Assert.DoesNotContain(factory.Mail!.All(), m => m.To.ToString().Contains(DemoSeeder.AdminEmail) && (m.Subject ?? "").Contains("aanmeldlink"));
    }

    [Fact]
    public async Task A_sign_in_link_expires_and_does_not_work_on_another_municipality()
    {
        await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", DemoSeeder.ResidentEmail)]);
        var link = PathOf(MailSink.LinkIn(await factory.Mail!.WaitForAsync(DemoSeeder.ResidentEmail, "Uw aanmeldlink")));

        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor("tweede.localhost").GetAsync(link)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var response = await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", "niemand@voorbeeld.example")]);
        Assert.Equal("/mail-verstuurd", response.Headers.Location!.OriginalString);
        var forgot = await factory.ClientFor().PostFormAsync("/wachtwoord-vergeten", [F("Email", "niemand@voorbeeld.example")]);
        Assert.Equal("/mail-verstuurd", forgot.Headers.Location!.OriginalString);
        await Task.Delay(500);
        Assert.DoesNotContain(factory.Mail!.All(), m => m.To.ToString().Contains("niemand@"));
    }

    [Fact]
    public async Task A_password_reset_changes_the_password_and_signs_out_other_devices()
    {
        var otherDevice = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        var client = factory.ClientFor("tweede.localhost");
        await client.PostFormAsync("/wachtwoord-vergeten", [F("Email", DemoSeeder.SecondAdminEmail)]);
        var mail = await factory.Mail!.WaitForAsync(DemoSeeder.SecondAdminEmail, "Nieuw wachtwoord");
        var link = MailSink.LinkIn(mail);
        Assert.StartsWith("https://tweede.localhost/wachtwoord-herstellen?", link);

        var page = await client.GetPageAsync(PathOf(link));
        var id = page.QuerySelector("input[name=Id]")!.GetAttribute("value")!;
        var code = page.QuerySelector("input[name=Code]")!.GetAttribute("value")!;
        var reset = await client.PostFormAsync(PathOf(link), [F("Id", id), F("Code", code), F("Password", "een gloednieuw wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var old = await factory.ClientFor("tweede.localhost").PostFormAsync("/aanmelden", [F("Input.Email", DemoSeeder.SecondAdminEmail), F("Input.Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        var fresh = await factory.ClientFor("tweede.localhost").PostFormAsync("/aanmelden", [F("Input.Email", DemoSeeder.SecondAdminEmail), F("Input.Password", "een gloednieuw wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);

        // The other device notices the new security stamp at its next check.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterReset = await otherDevice.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.Redirect, afterReset.StatusCode);
        Assert.StartsWith("/aanmelden", afterReset.Headers.Location!.PathAndQuery);

        // The same reset link cannot be used twice.
        var twice = await client.PostFormAsync(PathOf(link), [F("Id", id), F("Code", code), F("Password", "nog een ander wachtwoord")]);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
    }
}

public class SignInRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_a_translated_429()
    {
        var client = factory.ClientFor();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
            last = await client.PostFormAsync("/aanmelden", [new("Input.Email", DemoSeeder.AdminEmail), new("Input.Password", "fout wachtwoord " + i)]);
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("Even geduld", (await last.ReadAsync()).H1());
        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aanmelden")).StatusCode);
    }
}
