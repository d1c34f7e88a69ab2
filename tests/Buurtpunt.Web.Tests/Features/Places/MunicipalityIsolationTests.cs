using System.Net;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Places;

/// <summary>One installation, two municipalities: nothing of one is reachable from the other.</summary>
public class MunicipalityIsolationTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private async Task<(int AreaId, int PointId, int PhotoId, string PointSlug)> FirstOfHaspenhoveAsync() =>
        await factory.WithDbAsync(async db =>
        {
            var point = await db.Points.IgnoreQueryFilters().Where(p => p.Slug == "dorpspunt-runkelen").SingleAsync();
            var photo = await db.Photos.IgnoreQueryFilters().Where(p => p.PointId == point.Id).Select(p => p.Id).FirstAsync();
            return (point.AreaId, point.Id, photo, point.Slug);
        });

    [Fact]
    public async Task Second_municipality_shows_only_its_own_areas_and_points()
    {
        var page = await factory.ClientFor("tweede.localhost").GetPageAsync("/");
        Assert.Equal("Gemeente Beekdonk", page.H1());
        Assert.Contains("Buurtpunt Vlotgras", page.Text());
        Assert.DoesNotContain("Runkelen", page.Text());
        Assert.DoesNotContain("Haspenhove", page.Text());
    }

    [Fact]
    public async Task A_point_of_another_municipality_is_not_found()
    {
        var (_, _, photoId, slug) = await FirstOfHaspenhoveAsync();
        var client = factory.ClientFor("tweede.localhost");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/punt/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gebied/runkelen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/foto/{photoId}/s")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync($"/foto/{photoId}/s")).StatusCode);
    }

    [Fact]
    public async Task Admin_of_one_municipality_gets_404_for_ids_of_another()
    {
        var (areaId, pointId, photoId, _) = await FirstOfHaspenhoveAsync();
        var admin = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.SecondAdminEmail, "tweede.localhost");
        foreach (var url in new[] { $"/beheer/gebieden/{areaId}", $"/beheer/punten/{pointId}", $"/beheer/punten/{pointId}/uren", $"/beheer/punten/{pointId}/fotos" })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);

        // A forged post with a foreign photo id on one's own point page deletes nothing.
        var ownPoint = await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.Slug == "buurtpunt-vlotgras").Select(p => p.Id).SingleAsync());
        var response = await admin.PostFormAsync($"/beheer/punten/{ownPoint}/fotos", [new("photoId", photoId.ToString())], handler: "Delete");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Photos.IgnoreQueryFilters().AnyAsync(p => p.Id == photoId)));
    }

    [Fact]
    public async Task Sign_in_cookie_of_one_municipality_does_not_work_on_another()
    {
        var admin = await factory.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer")).StatusCode);

        // Replay the very same cookie on the other municipality's host.
        var response = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://tweede.localhost/beheer")
        {
            Headers = { { "Cookie", await CookieHeaderAsync(admin) } },
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Same_email_cannot_sign_in_on_another_municipality()
    {
        var client = factory.ClientFor("tweede.localhost");
        var response = await client.PostFormAsync("/aanmelden",
            [new("Input.Email", Web.Features.Demo.DemoSeeder.AdminEmail), new("Input.Password", Web.Features.Demo.DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("passen niet bij elkaar", (await response.ReadAsync()).Text());
    }

    [Fact]
    public async Task Unknown_host_gets_a_translated_unknown_municipality_page()
    {
        var response = await factory.ClientFor("ergens.example").GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Deze gemeente kennen we niet", (await response.ReadAsync()).H1());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("ergens.example").GetAsync("/punt/dorpspunt-runkelen")).StatusCode);
    }

    [Fact]
    public async Task Health_answers_on_any_host()
    {
        var response = await factory.ClientFor("ergens.example").GetAsync("/health");
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> CookieHeaderAsync(HttpClient signedIn)
    {
        // The test client keeps cookies per host; read them back by asking for a page that echoes nothing.
        var probe = await signedIn.GetAsync("/beheer");
        return string.Join("; ", probe.RequestMessage!.Headers.GetValues("Cookie"));
    }
}
