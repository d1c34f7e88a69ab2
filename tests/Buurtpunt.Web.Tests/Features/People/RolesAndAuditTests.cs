using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.People;

public class RolesAndAuditTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private Task<Guid> UserAsync(string email) =>
        factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> AreaAsync(string slug) =>
        factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());

    private Task<List<AuditEntry>> AuditAsync() =>
        factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().OrderBy(e => e.Id).ToListAsync());

    [Theory]
    [InlineData(DemoSeeder.ResidentEmail)]
    [InlineData(DemoSeeder.WorkerEmail)]
    public async Task Only_administrators_manage_people(string email)
    {
        var client = await factory.SignedInAsync(email);
        foreach (var url in new[] { "/beheer/mensen", "/beheer/audit", $"/beheer/mensen/{await UserAsync(DemoSeeder.ResidentEmail)}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/fout/403", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task An_administrator_grants_an_area_lead_role_and_revokes_it_and_both_are_audited()
    {
        var admin = await factory.SignedInAsync();
        var resident = await UserAsync(DemoSeeder.ResidentEmail);
        var runkelen = await AreaAsync("runkelen");

        var list = await admin.GetPageAsync("/beheer/mensen?zoek=bewoner");
        Assert.Contains("Rik Bewoner", list.Text());
        Assert.DoesNotContain("Els Beheerder", list.Text());

        var page = await admin.GetPageAsync($"/beheer/mensen/{resident}");
        Assert.Equal("Rik Bewoner", page.H1());

        var noArea = await admin.PostFormAsync($"/beheer/mensen/{resident}", [F("NewRole", "AreaLead"), F("AreaId", "")], "Grant");
        Assert.Equal(HttpStatusCode.BadRequest, noArea.StatusCode);
        Assert.Contains("Kies het gebied", (await noArea.ReadAsync()).Text());

        var granted = await admin.PostFormAsync($"/beheer/mensen/{resident}", [F("NewRole", "AreaLead"), F("AreaId", runkelen.ToString())], "Grant");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("trekker (Runkelen)", (await admin.GetPageAsync($"/beheer/mensen/{resident}")).Text());

        var grantId = await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().Where(g => g.UserId == resident && g.Role == Role.AreaLead).Select(g => g.Id).SingleAsync());
        var revoked = await admin.PostFormAsync($"/beheer/mensen/{resident}", [F("grantId", grantId.ToString())], "Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().AnyAsync(g => g.Id == grantId)));

        var adminId = await UserAsync(DemoSeeder.AdminEmail);
        var trail = await AuditAsync();
        Assert.Contains(trail, e => e.Action == AuditActions.PeopleListed && e.ActorUserId == adminId);
        Assert.Contains(trail, e => e.Action == AuditActions.PersonViewed && e.SubjectUserId == resident && e.ActorUserId == adminId);
        Assert.Contains(trail, e => e.Action == AuditActions.RoleGranted && e.SubjectUserId == resident && e.Details == $"AreaLead area {runkelen}");
        Assert.Contains(trail, e => e.Action == AuditActions.RoleRevoked && e.SubjectUserId == resident);
        Assert.DoesNotContain(trail, e => (e.Details ?? "").Contains('@'));
    }

    [Fact]
    public async Task A_role_cannot_be_granted_to_a_person_or_for_an_area_of_another_municipality()
    {
        var admin = await factory.SignedInAsync();
        var foreignUser = await UserAsync(DemoSeeder.SecondAdminEmail);
        var ownPerson = await admin.PostFormAsync($"/beheer/mensen/{await UserAsync(DemoSeeder.ResidentEmail)}", [F("NewRole", "Volunteer")], "Grant");
        Assert.Equal(HttpStatusCode.Redirect, ownPerson.StatusCode); // the same form works for one's own people

        var response = await admin.PostFormAsync($"/beheer/mensen/{await UserAsync(DemoSeeder.ResidentEmail)}", [F("NewRole", "Volunteer"), F("AreaId", (await AreaAsync("vlotgras")).ToString())], "Grant");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kies een waarde uit de lijst.", (await response.ReadAsync()).Text());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/mensen/{foreignUser}")).StatusCode);
        var token = (await admin.GetPageAsync($"/beheer/mensen/{await UserAsync(DemoSeeder.ResidentEmail)}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await admin.PostAsync($"/beheer/mensen/{foreignUser}?handler=Grant", new FormUrlEncodedContent([F("NewRole", "Administrator"), F("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().AnyAsync(g => g.UserId == foreignUser && g.MunicipalityId == 1)));
    }

    [Fact]
    public async Task The_audit_trail_is_filtered_by_person_action_and_period_and_cannot_be_changed()
    {
        var admin = await factory.SignedInAsync();
        var worker = await UserAsync(DemoSeeder.WorkerEmail);
        await admin.GetPageAsync($"/beheer/mensen/{worker}");
        await admin.GetPageAsync("/beheer/mensen");

        var byPerson = await admin.GetPageAsync($"/beheer/audit?persoon={Uri.EscapeDataString(DemoSeeder.WorkerEmail)}");
        var rows = byPerson.QuerySelectorAll("table.list tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Jana Buurtwerker", r));

        var byAction = await admin.GetPageAsync("/beheer/audit?actie=PeopleListed");
        Assert.All(byAction.QuerySelectorAll("table.list tbody tr"), r => Assert.Contains("bekeek de lijst van personen", r.TextContent));
        var future = await admin.GetPageAsync("/beheer/audit?van=2030-01-01");
        Assert.Empty(future.QuerySelectorAll("table.list tbody tr"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/beheer/audit?actie=Verzonnen")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/beheer/audit?van=2026-12-01&tot=2026-11-01")).StatusCode);
        foreach (var bad in new[] { "tot=9999-12-31", "van=0001-01-01", "pagina=50000000", "pagina=-1" })
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/beheer/audit?{bad}")).StatusCode);

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.IgnoreQueryFilters().FirstAsync();
            entry.Details = "vervalst";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.IgnoreQueryFilters().FirstAsync());
            return await db.SaveChangesAsync();
        }));
    }
}
