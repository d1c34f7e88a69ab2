using System.Net;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>
/// Role × action: who may and who may not, with area-limited roles on both sides of an area
/// border. Runkelen and Zepperen are areas of Haspenhove; Maria (assisted) lives in Zepperen.
/// </summary>
public class AuthorisationMatrixTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private const string Ok = "200", Denied = "403", SignIn = "sign-in";

    /// <summary>The actions, in the order of each row's expectations.</summary>
    private async Task<string[]> UrlsAsync()
    {
        var runkelen = await factory.PointIdAsync("Runkelen");
        var zepperen = await factory.PointIdAsync("Zepperen");
        var maria = await factory.AssistedIdAsync();
        return
        [
            "/beheer",                                  // 0 the admin home
            "/beheer/gemeente",                         // 1 municipality settings
            "/beheer/punten",                           // 2 the points one tends
            $"/beheer/punten/{runkelen}/uren",          // 3 hours of a Runkelen point
            $"/beheer/punten/{zepperen}/fotos",         // 4 photos of a Zepperen point
            $"/beheer/punten/{zepperen}",               // 5 a point's details (administrators)
            "/beheer/mensen",                           // 6 people and roles
            "/beheer/audit",                            // 7 the audit trail
            "/balie/bewoners",                          // 8 assisted residents
            $"/balie/bewoners/{maria}",                 // 9 Maria's file (Zepperen)
            $"/balie/bewoners/{maria}/overnamecode",    // 10 her take-over code
        ];
    }

    public static TheoryData<string, string[]> Matrix => new()
    {
        { "anonymous", [SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn] },
        { "resident", [Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied] },
        { "volunteer", [Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied] },
        { "reviewer", [Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied] },
        { "department", [Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied] },
        { "lead-runkelen", [Ok, Denied, Ok, Ok, Denied, Denied, Denied, Denied, Denied, Denied, Denied] },
        { "worker-runkelen", [Ok, Denied, Ok, Ok, Denied, Denied, Denied, Denied, Ok, Denied, Denied] },
        { "worker-zepperen", [Ok, Denied, Ok, Denied, Ok, Denied, Denied, Denied, Ok, Ok, Ok] },
        { "worker", [Ok, Denied, Ok, Ok, Ok, Denied, Denied, Denied, Ok, Ok, Ok] },
        { "administrator", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok] },
        // A grant the admin page refuses to make, as if it came from old data: it stays inside its area.
        { "admin-runkelen", [Ok, Denied, Ok, Ok, Denied, Denied, Denied, Denied, Ok, Denied, Denied] },
    };


    private async Task<HttpClient> ClientAsync(string who)
    {
        if (who == "anonymous") return factory.ClientFor();
        if (who == "administrator") return await factory.SignedInAsync(DemoSeeder.AdminEmail);
        if (who == "worker") return await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        if (who == "lead-runkelen") return await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var runkelen = await factory.AreaIdAsync("Runkelen");
        var zepperen = await factory.AreaIdAsync("Zepperen");
        (Role, int?)[] grants = who switch
        {
            "resident" => [(Role.Resident, null)],
            "volunteer" => [(Role.Volunteer, null)],
            "reviewer" => [(Role.Reviewer, null)],
            "department" => [(Role.DepartmentStaff, null)],
            "worker-runkelen" => [(Role.CommunityWorker, runkelen)],
            "worker-zepperen" => [(Role.CommunityWorker, zepperen)],
            "admin-runkelen" => [(Role.Administrator, runkelen)],
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
        var email = $"matrix-{who}@voorbeeld.example";
        await factory.PersonAsync(email, grants);
        return await factory.SignedInAsync(email);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_its_pages(string who, string[] expected)
    {
        var client = await ClientAsync(who);
        var urls = await UrlsAsync();
        var actual = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            var location = PathOf(response.Headers.Location);
            actual.Add(response.StatusCode switch
            {
                HttpStatusCode.OK => Ok,
                HttpStatusCode.Redirect when location.StartsWith("/fout/403") => Denied,
                HttpStatusCode.Redirect when location.StartsWith("/aanmelden") => SignIn,
                _ => $"{(int)response.StatusCode} {location}",
            });
        }
        Assert.Equal(expected.Zip(urls, (e, u) => $"{u}: {e}"), actual.Zip(urls, (a, u) => $"{u}: {a}"));
    }

    [Fact]
    public async Task A_lead_changes_the_hours_of_their_own_area_only()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var own = $"/beheer/punten/{await factory.PointIdAsync("Runkelen")}/uren";
        var other = $"/beheer/punten/{await factory.PointIdAsync("Zepperen")}/uren";
        KeyValuePair<string, string>[] slot = [new("WeeklyForm.Day", "Friday"), new("WeeklyForm.Opens", "14:00"), new("WeeklyForm.Closes", "16:00")];

        var allowed = await lead.PostFormAsync(own, slot, "Weekly");
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(own, allowed.Headers.Location!.OriginalString);

        var refused = await lead.PostFormAsync(other, slot, "Weekly", tokenFrom: own);
        Assert.StartsWith("/fout/403", PathOf(refused.Headers.Location));
        var fridays = await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.Day == DayOfWeek.Friday && w.Opens == new TimeOnly(14, 0)));
        Assert.Equal(1, fridays);
    }

    [Fact]
    public async Task A_lead_cannot_reach_another_areas_point_through_a_form_field()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var own = $"/beheer/punten/{await factory.PointIdAsync("Runkelen")}/uren";
        var other = await factory.PointIdAsync("Zepperen");
        var before = await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.PointId == other));

        var response = await lead.PostFormAsync(own,
            [new("id", other.ToString()), new("WeeklyForm.Day", "Sunday"), new("WeeklyForm.Opens", "10:00"), new("WeeklyForm.Closes", "11:00")], "Weekly");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.PointId == other)));
    }

    [Fact]
    public async Task An_administrator_role_cannot_be_limited_to_an_area()
    {
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var person = await factory.PersonAsync("wordt-beheerder@voorbeeld.example", [(Role.Resident, null)]);
        var response = await admin.PostFormAsync($"/beheer/mensen/{person}",
            [new("NewRole", "Administrator"), new("AreaId", (await factory.AreaIdAsync("Runkelen")).ToString())], "Grant");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hele gemeente", (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().AnyAsync(g => g.UserId == person && g.Role == Role.Administrator)));
    }

    [Fact]
    public async Task A_lead_sees_only_the_points_of_their_area_in_the_list()
    {
        var page = await (await factory.SignedInAsync(DemoSeeder.LeadEmail)).GetPageAsync("/beheer/punten");
        var names = page.QuerySelectorAll("table.list tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Dorpspunt Runkelen"], names);
        Assert.Null(page.QuerySelector("a[href='/beheer/punten/nieuw']"));
    }

    [Fact]
    public async Task Another_municipalitys_points_and_residents_are_unknown_even_to_an_administrator()
    {
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var beekdonkPoint = await factory.PointIdAsync("Vlotgras");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/punten/{beekdonkPoint}/uren")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/punten/{beekdonkPoint}/fotos")).StatusCode);

        var beekdonkAdmin = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        var maria = await factory.AssistedIdAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await beekdonkAdmin.GetAsync($"/balie/bewoners/{maria}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beekdonkAdmin.GetAsync($"/balie/bewoners/{maria}/overnamecode")).StatusCode);
    }
}
