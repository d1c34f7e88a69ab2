using System.Net;
using Buurtpunt.Web.Features.Demo;

namespace Buurtpunt.Testing;

public static class SignIn
{
    public static async Task<HttpClient> SignedInAsync(this BuurtpuntFactory factory, string email = DemoSeeder.AdminEmail, string host = "localhost")
    {
        var client = factory.ClientFor(host);
        var response = await client.PostFormAsync("/aanmelden", [new("Input.Email", email), new("Input.Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
