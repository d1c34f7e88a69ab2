using System.Net;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Testing;

/// <summary>
/// How strongly a session was signed in. Staff powers count only in <see cref="TwoSteps"/>
/// (StaffSession); every other strength gives a staff person a resident's session.
/// </summary>
public enum SessionStrength
{
    /// <summary>Not signed in.</summary>
    None,
    /// <summary>The password alone: what <c>PasswordSignInAsync</c> lets through without a code, for an account without an authenticator app.</summary>
    Password,
    /// <summary>Password and authenticator code (or a passkey): the amr=mfa claim.</summary>
    TwoSteps,
    /// <summary>A one-time link by e-mail: residents only.</summary>
    Link,
}

public static class SignIn
{
    /// <summary>Signs a demo account in as a person would: password, then (staff) the authenticator code.</summary>
    public static async Task<HttpClient> SignedInAsync(this BuurtpuntFactory factory, string email = DemoSeeder.AdminEmail, string host = "localhost")
    {
        var client = factory.ClientFor(host);
        var response = await client.PostFormAsync("/aanmelden", [new("Input.Email", email), new("Input.Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.StartsWith("/aanmelden/code"))
        {
            var code = await client.PostFormAsync(response.Headers.Location.OriginalString, [new("Code", await factory.FreshCodeAsync(email))]);
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        }
        return client;
    }

    /// <summary>
    /// The code the account's authenticator shows on the app's clock. A code is taken once per account,
    /// so when this account already used the current 30-second step the clock first moves on to the
    /// next one, as a person would wait for a fresh code.
    /// </summary>
    public static async Task<string> FreshCodeAsync(this BuurtpuntFactory factory, string email, string key = DemoSeeder.StaffAuthenticatorKey)
    {
        var last = await factory.WithDbAsync(db => db.UserTokens
            .Where(t => t.Name == OnceOnlyAuthenticator.LastStepToken && db.Users.IgnoreQueryFilters().Any(u => u.Id == t.UserId && u.Email == email))
            .Select(t => t.Value).SingleOrDefaultAsync());
        if (last is not null && long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) is var step && step >= Totp.Step(factory.Clock.GetUtcNow()))
            factory.Clock.AdjustTime(DateTimeOffset.FromUnixTimeSeconds((step + 1) * Totp.StepSeconds));
        return Totp.Code(key, factory.Clock.GetUtcNow());
    }

    /// <summary>
    /// A session signed in with the demo password and nothing else. Only an account without an
    /// authenticator app gets one (PasswordSignInAsync asks for a code exactly when TwoFactorEnabled
    /// is set; a passkey is no reason to ask): residents, staff whose second step is a passkey
    /// (<see cref="People.PasskeyOnlyAsync"/>), staff who have not set up a second step yet.
    /// </summary>
    public static async Task<HttpClient> PasswordOnlyAsync(this BuurtpuntFactory factory, string email, string host = "localhost")
    {
        var client = factory.ClientFor(host);
        var response = await client.PostFormAsync("/aanmelden", [new("Input.Email", email), new("Input.Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Html.PathOf(response.Headers.Location)); // signed in, no code asked
        return client;
    }

    /// <summary>
    /// A session from a one-time link by e-mail, as a resident gets it: asked on /aanmeldlink, read
    /// from the real mail (the factory needs a mail sink), opened and used. Staff are refused a link.
    /// </summary>
    public static async Task<HttpClient> SignedInByLinkAsync(this BuurtpuntFactory factory, string email, string host = "localhost")
    {
        var mail = factory.Mail ?? throw new InvalidOperationException("A sign-in link needs a factory with a mail sink (MailFactory).");
        var client = factory.ClientFor(host);
        var asked = await client.PostFormAsync("/aanmeldlink", [new("Email", email)]);
        Assert.Equal("/mail-verstuurd", Html.PathOf(asked.Headers.Location));
        var link = Html.PathOf(new Uri(MailSink.LinkIn(await mail.WaitForAsync(email, "Uw aanmeldlink"))));
        var used = await client.PostFormAsync(link, []);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/", Html.PathOf(used.Headers.Location));
        return client;
    }

    /// <summary>Whether /aanmeldlink made a link for this account (it answers the same either way).</summary>
    public static async Task<bool> LinkIsGivenToAsync(this BuurtpuntFactory factory, string email, string host = "localhost")
    {
        var id = await factory.UserIdAsync(email);
        var before = await factory.WithDbAsync(db => db.SignInLinks.IgnoreQueryFilters().CountAsync(l => l.UserId == id));
        var asked = await factory.ClientFor(host).PostFormAsync("/aanmeldlink", [new("Email", email)]);
        Assert.Equal("/mail-verstuurd", Html.PathOf(asked.Headers.Location));
        return await factory.WithDbAsync(db => db.SignInLinks.IgnoreQueryFilters().CountAsync(l => l.UserId == id)) > before;
    }

    /// <summary>
    /// A session of the given strength for an account made for it (see <see cref="People.PersonAsync"/>):
    /// <see cref="SessionStrength.TwoSteps"/> with password and authenticator code, <see cref="SessionStrength.Password"/>
    /// for an account whose second step is a passkey, <see cref="SessionStrength.Link"/> for an account that
    /// was a resident when it followed its link and was given <paramref name="grants"/> afterwards — the
    /// only way a link session ever holds a staff role (a staff account is refused the link: asserted).
    /// </summary>
    public static async Task<HttpClient> SessionAsync(this BuurtpuntFactory factory, SessionStrength strength, string email, IReadOnlyCollection<(Role Role, int? AreaId)> grants)
    {
        var staff = grants.Any(g => Roles.IsStaff(g.Role));
        switch (strength)
        {
            case SessionStrength.None:
                return factory.ClientFor();
            case SessionStrength.TwoSteps:
                await factory.PersonAsync(email, grants, twoSteps: true);
                return await factory.SignedInAsync(email);
            case SessionStrength.Password:
                if (staff) await factory.PasskeyOnlyAsync(email, grants);
                else await factory.PersonAsync(email, grants);
                return await factory.PasswordOnlyAsync(email);
            case SessionStrength.Link:
                await factory.PersonAsync(email, [(Role.Resident, null)]);
                var client = await factory.SignedInByLinkAsync(email);
                if (!staff && grants.All(g => g.Role == Role.Resident)) return client;
                await factory.GrantAsync(email, grants);
                if (staff) Assert.False(await factory.LinkIsGivenToAsync(email)); // from now on, no more links
                // The grants reach the cookie at the next security-stamp check (one minute).
                factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profiel")).StatusCode);
                return client;
            default:
                throw new ArgumentOutOfRangeException(nameof(strength));
        }
    }
}
