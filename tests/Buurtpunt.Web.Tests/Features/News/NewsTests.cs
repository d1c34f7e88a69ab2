using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.News;

/// <summary>News of an area and a point, kept by those who tend the area, with Atom feeds.</summary>
public class NewsTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);


    private async Task<List<KeyValuePair<string, string>>> FormAsync(string title, string area = "Runkelen", string publishOn = "2026-11-23", int? point = null) =>
    [
        F("Input.AreaId", (await factory.AreaIdAsync(area)).ToString()), F("Input.PointId", point?.ToString() ?? ""),
        F("Input.Title", title), F("Input.Body", "Tekst met **vet**."), F("Input.PublishOn", publishOn), F("Input.Pinned", "false"),
    ];

    [Fact]
    public async Task An_areas_news_shows_pinned_first_and_includes_its_points_news()
    {
        var page = await factory.ClientFor().GetPageAsync("/gebied/runkelen/nieuws");
        var titles = page.QuerySelectorAll("article.news h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal("Repair café op zaterdag", titles[0]);
        Assert.Contains("Nieuwe zitbanken aan de kerk", titles);
        Assert.Equal("/gebied/runkelen/nieuws.atom", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Contains("Repair café op zaterdag", (await factory.ClientFor().GetPageAsync("/punt/dorpspunt-runkelen/nieuws")).Text());
        Assert.DoesNotContain("Repair café", (await factory.ClientFor().GetPageAsync("/gebied/zepperen/nieuws")).Text());
    }

    [Fact]
    public async Task The_atom_feed_is_valid_and_carries_each_item()
    {
        var response = await factory.ClientFor().GetAsync("/punt/dorpspunt-runkelen/nieuws.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        var repair = entries.Single(e => e.Element(atom + "title")!.Value == "Repair café op zaterdag");
        Assert.StartsWith("https://localhost/nieuws/", repair.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Contains("<strong>Vrijwilligers</strong>", repair.Element(atom + "content")!.Value);
        Assert.NotNull(repair.Element(atom + "updated"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/gebied/bestaat-niet/nieuws.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("tweede.localhost").GetAsync("/gebied/runkelen/nieuws.atom")).StatusCode);
    }

    [Fact]
    public async Task A_lead_publishes_for_their_own_area_and_a_future_item_waits_for_its_day()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var saved = await lead.PostFormAsync("/beheer/nieuws/nieuw", await FormAsync("Buurtfeest op het plein"));
        Assert.Equal("/beheer/nieuws", PathOf(saved.Headers.Location));
        Assert.Contains("Buurtfeest op het plein", (await factory.ClientFor().GetPageAsync("/gebied/runkelen/nieuws")).Text());

        await lead.PostFormAsync("/beheer/nieuws/nieuw", await FormAsync("Kerstmarkt", publishOn: "2026-12-10"));
        Assert.DoesNotContain("Kerstmarkt", (await factory.ClientFor().GetPageAsync("/gebied/runkelen/nieuws")).Text());
        var id = await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().Where(n => n.Title == "Kerstmarkt").Select(n => n.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync($"/nieuws/{id}")).StatusCode);
        Assert.Contains("Kerstmarkt", (await lead.GetPageAsync("/beheer/nieuws")).Text());
    }

    [Fact]
    public async Task A_lead_cannot_publish_or_edit_outside_their_area()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var before = await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().CountAsync());
        var elsewhere = await lead.PostFormAsync("/beheer/nieuws/nieuw", await FormAsync("Niet van mij", area: "Zepperen"));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        var wrongPoint = await lead.PostFormAsync("/beheer/nieuws/nieuw", await FormAsync("Verkeerd punt", point: await factory.PointIdAsync("Zepperen")));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPoint.StatusCode);
        Assert.Contains("hoort niet bij", (await wrongPoint.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().CountAsync()));

        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        await admin.PostFormAsync("/beheer/nieuws/nieuw", await FormAsync("Nieuws van Zepperen", area: "Zepperen"));
        var zepperenItem = await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().Where(n => n.Title == "Nieuws van Zepperen").Select(n => n.Id).SingleAsync());
        Assert.StartsWith("/fout/403", PathOf((await lead.GetAsync($"/beheer/nieuws/{zepperenItem}")).Headers.Location));
        var delete = await lead.PostFormAsync($"/beheer/nieuws/{zepperenItem}", [], "Delete", tokenFrom: "/beheer/nieuws");
        Assert.StartsWith("/fout/403", PathOf(delete.Headers.Location));
        Assert.DoesNotContain("Nieuws van Zepperen", (await lead.GetPageAsync("/beheer/nieuws")).Text());

        var resident = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        Assert.StartsWith("/fout/403", PathOf((await resident.GetAsync("/beheer/nieuws")).Headers.Location));
    }

    [Fact]
    public async Task An_area_of_another_municipality_is_refused_on_the_form_and_nothing_is_stored()
    {
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var foreignArea = await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters()
            .Where(a => !db.MunicipalityHosts.Any(h => h.Host == "localhost" && h.MunicipalityId == a.MunicipalityId)).Select(a => a.Id).FirstAsync());
        var before = await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().CountAsync());
        var form = await FormAsync("Over de grens");
        form[0] = F("Input.AreaId", foreignArea.ToString());
        var response = await admin.PostFormAsync("/beheer/nieuws/nieuw", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync()).QuerySelector(".problems"));
        form[0] = F("Input.AreaId", "987654");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync("/beheer/nieuws/nieuw", form)).StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_photo_needs_a_description_and_must_be_an_image()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        async Task<HttpResponseMessage> PostAsync(byte[] bytes, string alt)
        {
            var page = await lead.GetPageAsync("/beheer/nieuws/nieuw");
            var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var content = new MultipartFormDataContent();
            foreach (var (key, value) in await FormAsync("Met foto"))
                content.Add(new StringContent(value), key);
            content.Add(new StringContent(alt), "Input.PhotoAlt");
            content.Add(new StringContent(token), "__RequestVerificationToken");
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "Upload", "foto.png");
            return await lead.PostAsync("/beheer/nieuws/nieuw", content);
        }
        using var bitmap = new SkiaSharp.SKBitmap(800, 600);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        var png = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(png, "")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("geen foto"u8.ToArray(), "Een beschrijving")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(png, "Buren op het plein")).StatusCode);
        var item = await factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().Where(n => n.Title == "Met foto").Select(n => new { n.Id, n.PhotoId }).SingleAsync());
        Assert.NotNull(item.PhotoId);
        var shown = await factory.ClientFor().GetPageAsync($"/nieuws/{item.Id}");
        Assert.Equal("Buren op het plein", shown.QuerySelector($"img[src='/foto/{item.PhotoId}/l']")!.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync($"/foto/{item.PhotoId}/l")).StatusCode);
    }
}
