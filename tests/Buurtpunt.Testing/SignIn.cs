using System.Net;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Testing;

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
}
