using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.People;

public class TwoStepTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Staff_sign_in_asks_for_the_authenticator_code()
    {
        var client = factory.ClientFor();
        var password = await client.PostFormAsync("/aanmelden", [F("Input.Email", DemoSeeder.AdminEmail), F("Input.Password", DemoSeeder.Password)]);
        Assert.StartsWith("/aanmelden/code", password.Headers.Location!.OriginalString);
        // Only the password: not signed in yet.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/beheer")).StatusCode);

        var wrong = await client.PostFormAsync("/aanmelden/code", [F("Code", "000000")]);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Die code klopt niet", (await wrong.ReadAsync()).Text());

        var right = await client.PostFormAsync("/aanmelden/code", [F("Code", await factory.FreshCodeAsync(DemoSeeder.AdminEmail))]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer")).StatusCode);
    }

    [Fact]
    public async Task A_new_administrator_must_set_up_two_step_sign_in_before_any_staff_page()
    {
        // A resident who is made administrator has no authenticator yet.
        var admin = await factory.SignedInAsync();
        var resident = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == DemoSeeder.ResidentEmail).Select(u => u.Id).SingleAsync());
        await admin.PostFormAsync($"/beheer/mensen/{resident}", [F("NewRole", "Administrator")], "Grant");

        var client = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        var refused = await client.GetAsync("/beheer/gebieden");
        Assert.Equal("/profiel/tweestaps?nodig=1", refused.Headers.Location!.OriginalString);
        var setup = await client.GetPageAsync("/profiel/tweestaps?nodig=1");
        Assert.Contains("Medewerkers melden aan in twee stappen", setup.Text());
        var key = setup.QuerySelector("code.key")!.TextContent.Replace(" ", "").ToUpperInvariant();

        var wrong = await client.PostFormAsync("/profiel/tweestaps", [F("Code", "123456")]);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        var enabled = await client.PostFormAsync("/profiel/tweestaps", [F("Code", await factory.FreshCodeAsync(DemoSeeder.ResidentEmail, key))]);
        var codes = (await enabled.ReadAsync()).QuerySelectorAll(".codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer/gebieden")).StatusCode);

        // A recovery code signs in once, without the phone.
        var phoneless = factory.ClientFor();
        await phoneless.PostFormAsync("/aanmelden", [F("Input.Email", DemoSeeder.ResidentEmail), F("Input.Password", DemoSeeder.Password)]);
        var recovered = await phoneless.PostFormAsync("/aanmelden/code", [F("RecoveryCode", codes[0])], "Recovery");
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phoneless.GetAsync("/beheer/gebieden")).StatusCode);

        var reuse = factory.ClientFor();
        await reuse.PostFormAsync("/aanmelden", [F("Input.Email", DemoSeeder.ResidentEmail), F("Input.Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, (await reuse.PostFormAsync("/aanmelden/code", [F("RecoveryCode", codes[0])], "Recovery")).StatusCode);
    }

    [Fact]
    public async Task A_two_step_session_keeps_its_access_when_the_security_stamp_is_checked_again()
    {
        var admin = await factory.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/gebieden")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5)); // past the one-minute re-validation
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/gebieden")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/punten")).StatusCode);
    }

    [Fact]
    public async Task Staff_never_get_in_with_a_mailed_link_even_before_setting_up_two_steps()
    {
        var admin = await factory.SignedInAsync();
        var worker = await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == DemoSeeder.WorkerEmail).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var (link, token) = Web.Features.People.SignInLink.Create(worker.Id, factory.Clock.GetUtcNow().UtcDateTime);
            link.MunicipalityId = worker.MunicipalityId;
            db.SignInLinks.Add(link);
            await db.SaveChangesAsync();
            var client = factory.ClientFor();
            var used = await client.PostFormAsync($"/aanmeldlink/{token}", []);
            Assert.Equal(HttpStatusCode.BadRequest, used.StatusCode);
            return 0;
        });
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task The_code_page_without_a_password_step_goes_back_to_sign_in()
    {
        var response = await factory.ClientFor().GetAsync("/aanmelden/code");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Staff_signed_in_with_only_a_password_cannot_erase_or_readdress_their_account()
    {
        var email = "werker-zonder-tweede-stap@voorbeeld.example";
        var id = await factory.PersonAsync(email, [(Web.Features.People.Role.CommunityWorker, null)]);
        await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, false)));
        var client = factory.ClientFor();
        var signedIn = await client.PostFormAsync("/aanmelden", [new("Input.Email", email), new("Input.Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        foreach (var page in new[] { "/profiel/verwijderen", "/profiel/e-mail" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/profiel/tweestaps", response.Headers.Location!.OriginalString);
        }
        var erase = await client.PostFormAsync("/profiel/verwijderen", [new("Sure", "true")], tokenFrom: "/profiel");
        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == id)));
    }
}

/// <summary>An authenticator code works once per account: a replayed code is refused, wherever codes are checked.</summary>
public class OnceOnlyCodeTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<HttpResponseMessage> SecondStepAsync(string email, string code)
    {
        var client = factory.ClientFor();
        var password = await client.PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", DemoSeeder.Password)]);
        Assert.StartsWith("/aanmelden/code", password.Headers.Location!.OriginalString);
        return await client.PostFormAsync("/aanmelden/code", [F("Code", code)]);
    }

    [Fact]
    public async Task A_code_that_signed_in_is_refused_the_second_time_but_another_account_may_use_the_same_code()
    {
        await factory.PersonAsync("eenmaal@voorbeeld.example", [(Web.Features.People.Role.Administrator, null)]);
        await factory.PersonAsync("collega@voorbeeld.example", [(Web.Features.People.Role.Administrator, null)]);
        var code = await factory.FreshCodeAsync("eenmaal@voorbeeld.example");

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("eenmaal@voorbeeld.example", code)).StatusCode);
        var replayed = await SecondStepAsync("eenmaal@voorbeeld.example", code);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("Die code klopt niet", (await replayed.ReadAsync()).Text());
        // The demo staff share a key: the same code is still fresh for a colleague's account.
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("collega@voorbeeld.example", code)).StatusCode);

        // Thirty seconds later the authenticator shows a new code, which works once.
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var next = Totp.Code(DemoSeeder.StaffAuthenticatorKey, factory.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("eenmaal@voorbeeld.example", next)).StatusCode);
        // An older code, still within the tolerance for slow clocks, is refused once a newer one was used.
        var older = Totp.Code(DemoSeeder.StaffAuthenticatorKey, factory.Clock.GetUtcNow().AddSeconds(-30));
        Assert.Equal(HttpStatusCode.BadRequest, (await SecondStepAsync("eenmaal@voorbeeld.example", older)).StatusCode);
    }

    [Fact]
    public async Task The_code_that_turned_two_steps_on_does_not_sign_in_again()
    {
        await factory.PersonAsync("nieuwe-sleutel@voorbeeld.example", [(Web.Features.People.Role.Resident, null)]);
        var client = await factory.SignedInAsync("nieuwe-sleutel@voorbeeld.example");
        var setup = await client.GetPageAsync("/profiel/tweestaps");
        var key = setup.QuerySelector("code.key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var code = Totp.Code(key, factory.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/profiel/tweestaps", [F("Code", code)])).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await SecondStepAsync("nieuwe-sleutel@voorbeeld.example", code)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("nieuwe-sleutel@voorbeeld.example", await factory.FreshCodeAsync("nieuwe-sleutel@voorbeeld.example", key))).StatusCode);
    }
}
