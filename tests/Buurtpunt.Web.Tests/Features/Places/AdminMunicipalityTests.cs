using System.Net;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Places;

public class AdminMunicipalityTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static List<KeyValuePair<string, string>> Form(string hosts, string name = "Stad Haspenhove", string lat = "50.816", string lng = "5.19") =>
    [
        new("Input.Name", name), new("Input.MapLatitude", lat), new("Input.MapLongitude", lng), new("Input.MapZoom", "12"),
        new("Input.Hosts", hosts), new("Input.ContactEmail", "info@haspenhove.example"),
    ];

    [Fact]
    public async Task A_host_name_of_another_municipality_is_refused()
    {
        var admin = await factory.SignedInAsync();
        var response = await admin.PostMultipartAsync("/beheer/gemeente", ToMultipart(Form("localhost\ntweede.localhost")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("De hostnaam 'tweede.localhost' hoort al bij een andere gemeente.", (await response.ReadAsync()).Text());
    }

    [Theory]
    [InlineData("localhost\nniet geldig!", "is geen geldige hostnaam")]
    [InlineData("haspenhove.example", "Houd 'localhost' in de lijst")]
    public async Task Invalid_host_lists_are_refused(string hosts, string message)
    {
        var admin = await factory.SignedInAsync();
        var response = await admin.PostMultipartAsync("/beheer/gemeente", ToMultipart(Form(hosts)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).Text());
    }

    [Fact]
    public async Task Settings_are_saved_and_a_new_host_name_selects_the_municipality()
    {
        var admin = await factory.SignedInAsync();
        var response = await admin.PostMultipartAsync("/beheer/gemeente", ToMultipart(Form("localhost\n127.0.0.1\nbuurtpunt.haspenhove.example", name: "Stad Haspenhove (test)")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await factory.ClientFor("buurtpunt.haspenhove.example").GetPageAsync("/");
        Assert.Equal("Stad Haspenhove (test)", page.H1());
        Assert.Equal(3, await factory.WithDbAsync(db => db.MunicipalityHosts.IgnoreQueryFilters().CountAsync(h => h.MunicipalityId == 1)));
    }

    private static MultipartFormDataContent ToMultipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        return content;
    }
}
