using System.Net;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Places;

public class AdminAreasAndPointsTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Admin_pages_need_sign_in_and_the_administrator_role()
    {
        var anonymous = await factory.ClientFor().GetAsync("/beheer/gebieden");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/aanmelden", anonymous.Headers.Location!.PathAndQuery);

        var resident = await factory.SignedInAsync(DemoSeeder.ResidentEmail);
        var denied = await resident.GetAsync("/beheer/gebieden");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/fout/403", denied.Headers.Location!.PathAndQuery);
        var page = await resident.GetPageAsync(denied.Headers.Location!.PathAndQuery, HttpStatusCode.Forbidden);
        Assert.Equal("Geen toegang", page.H1());
    }

    [Fact]
    public async Task Admin_creates_an_area_and_residents_see_it_at_once()
    {
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync("/beheer/gebieden", [F("Input.Name", "Gorsem"), F("Input.Kind", "Village"), F("Input.Description", "Een klein dorp."), F("Input.SortOrder", "9")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var home = await factory.ClientFor().GetPageAsync("/");
        Assert.Contains("Gorsem", home.QuerySelectorAll(".area h3 a").Select(a => a.TextContent.Trim()));
        var area = await factory.ClientFor().GetPageAsync("/gebied/gorsem");
        Assert.Equal("Gorsem", area.H1());
        Assert.Contains("Hier is nog geen buurtpunt.", area.Text());
    }

    [Theory]
    [InlineData("", "Vul 'Naam' in.")]
    [InlineData("x10000", "'Naam' mag hoogstens 120 tekens lang zijn.")]
    [InlineData("Runkelen", "Het webadres 'runkelen' is al in gebruik.")]
    [InlineData("!!!", "Het webadres moet minstens één letter of cijfer hebben.")]
    public async Task Bad_area_names_get_a_clear_message_and_400_and_nothing_is_stored(string name, string message)
    {
        if (name == "x10000") name = new string('x', 10_000);
        var before = await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().CountAsync());
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync("/beheer/gebieden", [F("Input.Name", name), F("Input.Kind", "Village"), F("Input.SortOrder", "0")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_post_without_anti_forgery_token_is_refused()
    {
        var admin = await factory.SignedInAsync();
        var response = await admin.PostAsync("/beheer/gebieden", new FormUrlEncodedContent([F("Input.Name", "Zonder token")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Dat lukte niet", (await response.ReadAsync()).H1());
        Assert.False(await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().AnyAsync(a => a.Name == "Zonder token")));
    }

    [Fact]
    public async Task An_area_with_points_cannot_be_deleted_an_empty_one_can()
    {
        var admin = await factory.SignedInAsync();
        var runkelen = await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().Where(a => a.Slug == "runkelen").Select(a => a.Id).SingleAsync());
        var page = await admin.GetPageAsync($"/beheer/gebieden/{runkelen}");
        Assert.Contains("er liggen nog 1 buurtpunt(en) in", page.Text());
        var refused = await admin.PostFormAsync($"/beheer/gebieden/{runkelen}", [], handler: "Delete");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("er liggen nog 1 buurtpunt(en) in", (await refused.ReadAsync()).QuerySelector(".problems")!.TextContent);

        await admin.PostFormAsync("/beheer/gebieden", [F("Input.Name", "Tijdelijk"), F("Input.Kind", "Neighbourhood"), F("Input.SortOrder", "1")]);
        var empty = await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().Where(a => a.Slug == "tijdelijk").Select(a => a.Id).SingleAsync());
        var deleted = await admin.PostFormAsync($"/beheer/gebieden/{empty}", [], handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().AnyAsync(a => a.Id == empty)));
    }

    private async Task<(int AreaId, int ServiceId, int ForeignAreaId, int ForeignServiceId)> ChoicesAsync() => await factory.WithDbAsync(async db =>
    {
        var area = await db.Areas.IgnoreQueryFilters().Where(a => a.Slug == "zepperen").Select(a => a.Id).SingleAsync();
        var service = await db.Services.IgnoreQueryFilters().Where(s => s.NameNl == "Lokale markt" && s.MunicipalityId != 2).Select(s => s.Id).FirstAsync();
        var foreignArea = await db.Areas.IgnoreQueryFilters().Where(a => a.Slug == "vlotgras").Select(a => a.Id).SingleAsync();
        var foreignService = await db.Services.IgnoreQueryFilters().Where(s => s.MunicipalityId != 1).Select(s => s.Id).FirstAsync();
        return (area, service, foreignArea, foreignService);
    });

    private static List<KeyValuePair<string, string>> PointForm(int areaId, string name = "Mobipunt Zepperen Station", string lat = "50,8301", string lng = "5.2612", string phase = "Planned") =>
    [
        F("Input.Name", name), F("Input.AreaId", areaId.ToString()), F("Input.Street", "Stationsstraat 1"), F("Input.PostalCode", "3800"),
        F("Input.City", "Zepperen"), F("Input.Latitude", lat), F("Input.Longitude", lng), F("Input.Phase", phase),
        F("Input.ContactPhone", "011 22 33 44"), F("Input.Modules", "Activities"), F("Input.Modules", "NeighbourHelp"),
    ];

    [Fact]
    public async Task Admin_creates_a_point_with_services_modules_and_phase()
    {
        var (areaId, serviceId, _, _) = await ChoicesAsync();
        var admin = await factory.SignedInAsync();
        var form = PointForm(areaId);
        form.Add(F("Input.ServiceIds", serviceId.ToString()));
        var response = await admin.PostFormAsync("/beheer/punten/nieuw", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var point = await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Include(p => p.Services).SingleAsync(p => p.Slug == "mobipunt-zepperen-station"));
        Assert.Equal(50.8301, point.Latitude, 6);
        Assert.Equal(PointModules.Activities | PointModules.NeighbourHelp, point.Modules);
        Assert.Equal(PointPhase.Planned, point.Phase);
        Assert.Equal([serviceId], point.Services.Select(s => s.Id));

        var page = await factory.ClientFor().GetPageAsync("/punt/mobipunt-zepperen-station");
        Assert.Contains("Lokale markt", page.QuerySelector(".tags")!.TextContent);
        Assert.Contains("Gepland", page.QuerySelector(".phase")!.TextContent);

        // Roll-out: planned → pilot → active.
        var edit = $"/beheer/punten/{point.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit, PointForm(areaId, phase: "Pilot"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit, PointForm(areaId, phase: "Active"))).StatusCode);
        Assert.Equal("Actief", (await factory.ClientFor().GetPageAsync("/punt/mobipunt-zepperen-station")).QuerySelector(".phase")!.TextContent.Trim());

        // …and never straight back from active to planned.
        var back = await admin.PostFormAsync(edit, PointForm(areaId, phase: "Planned"));
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Contains("kan niet van 'Actief' terug naar 'Gepland'", (await back.ReadAsync()).Text());
    }

    [Theory]
    [InlineData("48.8566", "2.3522", "Deze ligging is niet in België")]
    [InlineData("noord", "5.2", "Vul de ligging in als getallen")]
    [InlineData("NaN", "5.2", "Vul de ligging in als getallen")]
    public async Task Coordinates_outside_Belgium_or_not_numbers_are_refused(string lat, string lng, string message)
    {
        var (areaId, _, _, _) = await ChoicesAsync();
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync("/beheer/punten/nieuw", PointForm(areaId, name: "Buiten " + lat, lat: lat, lng: lng));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).Text());
        Assert.False(await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().AnyAsync(p => p.Name.StartsWith("Buiten"))));
    }

    [Fact]
    public async Task An_area_or_service_of_another_municipality_in_the_form_is_refused()
    {
        var (areaId, _, foreignArea, foreignService) = await ChoicesAsync();
        var admin = await factory.SignedInAsync();
        var withForeignArea = await admin.PostFormAsync("/beheer/punten/nieuw", PointForm(foreignArea, name: "Vreemd gebied"));
        Assert.Equal(HttpStatusCode.BadRequest, withForeignArea.StatusCode);
        Assert.Contains("Kies een waarde uit de lijst.", (await withForeignArea.ReadAsync()).Text());

        var form = PointForm(areaId, name: "Vreemde dienst");
        form.Add(F("Input.ServiceIds", foreignService.ToString()));
        var withForeignService = await admin.PostFormAsync("/beheer/punten/nieuw", form);
        Assert.Equal(HttpStatusCode.BadRequest, withForeignService.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().AnyAsync(p => p.Name.StartsWith("Vreemd"))));
    }

    [Fact]
    public async Task A_duplicate_point_slug_is_refused()
    {
        var (areaId, _, _, _) = await ChoicesAsync();
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync("/beheer/punten/nieuw", PointForm(areaId, name: "Dorpspunt Runkelen"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'dorpspunt-runkelen' is al in gebruik", (await response.ReadAsync()).Text());
    }

    [Fact]
    public async Task Admin_adds_a_service_in_three_languages()
    {
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync("/beheer/diensten", [F("Input.NameNl", "Fietsherstel"), F("Input.NameFr", "Réparation de vélos"), F("Input.NameEn", "Bike repair")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetPageAsync("/beheer/diensten");
        Assert.Contains("Réparation de vélos", page.Text());
        var empty = await admin.PostFormAsync("/beheer/diensten", [F("Input.NameNl", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}
