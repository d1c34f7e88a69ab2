using System.Net;
using Buurtpunt.Testing;

namespace Buurtpunt.Web.Tests.Features.Site;

public class StatementTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Default_statements_name_the_municipality_in_the_readers_language()
    {
        var privacy = await factory.ClientFor().GetPageAsync("/privacy");
        Assert.Equal("Privacy", privacy.H1());
        Assert.Contains("Stad Haspenhove beheert deze website.", privacy.Text());
        Assert.Contains("buurtpunten@haspenhove.example", privacy.Text());
        Assert.NotNull(privacy.QuerySelector(".prose h2"));

        var french = factory.ClientFor("tweede.localhost");
        await french.GetAsync("/taal/fr-BE");
        var accessibility = await french.GetPageAsync("/toegankelijkheid");
        Assert.Equal("Accessibilité", accessibility.H1());
        Assert.Contains("Gemeente Beekdonk veut que chacun", accessibility.Text());
    }

    [Fact]
    public async Task A_municipality_writes_its_own_statement_and_nothing_dangerous_survives()
    {
        var admin = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.SecondAdminEmail, "tweede.localhost");
        var text = "## Onze regels\n\nWe bewaren **niets** te lang. <script>alert(1)</script> [klik](javascript:alert(2)) <img src=x onerror=alert(3)>";
        var response = await admin.PostFormAsync("/beheer/teksten", [new("Privacy", text), new("Accessibility", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await factory.ClientFor("tweede.localhost").GetAsync("/privacy");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h2>Onze regels</h2>", html);
        Assert.Contains("<strong>niets</strong>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html); // shown as text, never as a tag with its onerror
        Assert.Contains("&lt;img src=x onerror=alert(3)&gt;", html);

        // The other municipality keeps its default.
        Assert.Contains("Stad Haspenhove beheert deze website.", (await factory.ClientFor().GetPageAsync("/privacy")).Text());
        var tooLong = await admin.PostFormAsync("/beheer/teksten", [new("Privacy", new string('x', 20_001))]);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task Other_paths_are_not_statements()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/privacyx")).StatusCode);
    }
}
