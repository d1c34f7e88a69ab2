using System.Net;
using Buurtpunt.Web.Features.Demo;

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
            var code = await client.PostFormAsync(response.Headers.Location.OriginalString, [new("Code", Totp.Code(DemoSeeder.StaffAuthenticatorKey))]);
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        }
        return client;
    }
}
