using System.Net;
using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Shared;

public class LanguageTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Dutch_is_the_default_whatever_the_browser_asks()
    {
        var client = factory.ClientFor();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var page = await client.GetPageAsync("/");
        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Dorpen en wijken", page.QuerySelector("h2#gebieden")!.TextContent);
    }

    [Theory]
    [InlineData("fr-BE", "Villages et quartiers", "Fermé maintenant. Ouvre demain à 9:00", "mardi")]
    [InlineData("en", "Villages and neighbourhoods", "Closed now. Opens tomorrow at 9:00", "Tuesday")]
    public async Task The_chosen_language_is_remembered_and_sets_lang(string culture, string heading, string status, string tuesday)
    {
        var client = factory.ClientFor();
        var switched = await client.GetAsync($"/taal/{culture}?terug=%2Fpunt%2Fdorpspunt-runkelen");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/punt/dorpspunt-runkelen", switched.Headers.Location!.OriginalString);

        var home = await client.GetPageAsync("/");
        Assert.Equal(culture, home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, home.QuerySelector("h2#gebieden")!.TextContent);
        var point = await client.GetPageAsync("/punt/dorpspunt-runkelen");
        Assert.Equal(status, point.QuerySelector(".status")!.TextContent.Trim());
        Assert.Contains(tuesday, point.QuerySelector("table.hours")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", home.QuerySelector($".languages a[lang='{culture}']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Validation_messages_follow_the_language()
    {
        var client = factory.ClientFor();
        await client.GetAsync("/taal/fr-BE");
        var response = await client.PostFormAsync("/aanmelden", [new("Input.Email", "geen-adres"), new("Input.Password", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = (await response.ReadAsync()).QuerySelector(".problems")!.TextContent;
        Assert.Contains("« Adresse e-mail » n'est pas une adresse e-mail valide.", text);
        Assert.Contains("Remplissez « Mot de passe ».", text);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_language_switch_never_redirects_off_site(string back)
    {
        var response = await factory.ClientFor().GetAsync($"/taal/en?terug={Uri.EscapeDataString(back)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/taal/de-DE")).StatusCode);
    }
}
