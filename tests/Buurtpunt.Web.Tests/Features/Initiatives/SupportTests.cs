using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>Neighbours support an application online or on paper; one address counts once; the applicant sees the count, never who.</summary>
public class SupportTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private Task<(int Id, string Token, HttpClient Applicant)> ApplicationAsync(string who) => ReviewScene.DraftInDemoCallAsync(factory, who);

    private Task<int> CountAsync(int id) => factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().CountAsync(s => s.ApplicationId == id));

    [Fact]
    public async Task Neighbours_support_online_once_per_address_and_the_applicant_sees_only_the_count()
    {
        var (id, token, applicant) = await ApplicationAsync("steunvrager");
        var page = await applicant.GetPageAsync($"/aanvraag/{id}");
        Assert.Contains("0 van de 5 adressen steunen deze aanvraag", page.Text());
        Assert.NotNull(page.QuerySelector($"a[href='/steun/{token}']"));
        Assert.Matches("^[A-Za-z0-9_-]{22}$", token);

        var neighbour = factory.ClientFor(); // no account needed
        var url = $"/steun/{token}";
        Assert.Equal(HttpStatusCode.OK, (await neighbour.GetAsync(url)).StatusCode);
        var first = await neighbour.PostFormAsync(url, [F("Name", "Jan Peeters"), F("Address", "Kerkstraat 12 bus 3"), F("Agree", "true")]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Uw steun is geteld", (await first.ReadAsync()).Text());
        var twice = await neighbour.PostFormAsync(url, [F("Name", "Lies Peeters"), F("Address", "kerkstr. 12/3"), F("Agree", "true")]);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Dit adres steunt dit project al", (await twice.ReadAsync()).Text());
        var unticked = await neighbour.PostFormAsync(url, [F("Name", "Piet"), F("Address", "Kerkstraat 14")]);
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await neighbour.PostFormAsync(url, [F("Name", ""), F("Address", ""), F("Agree", "true")])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await neighbour.PostFormAsync(url, [F("Name", new string('x', 121)), F("Address", "Kerkstraat 16"), F("Agree", "true")])).StatusCode);
        await neighbour.PostFormAsync(url, [F("Name", "An Claes"), F("Address", "Kerkstraat 14"), F("Agree", "true")]);
        Assert.Equal(2, await CountAsync(id));

        // The applicant sees the count, not who; the administrator sees who (and it is audited).
        var mine = (await applicant.GetPageAsync($"/aanvraag/{id}")).Text();
        Assert.Contains("2 van de 5 adressen", mine);
        Assert.DoesNotContain("Jan Peeters", mine);
        Assert.DoesNotContain("Kerkstraat 14", mine);
        var admin = await factory.SignedInAsync();
        var theirs = (await admin.GetPageAsync($"/aanvraag/{id}")).Text();
        Assert.Contains("Jan Peeters · Kerkstraat 12 bus 3", theirs);

        // Wrong or foreign tokens find nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/steun/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/steun/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("tweede.localhost").GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_worker_types_in_paper_support_and_the_sheet_has_a_qr_code_and_lines()
    {
        var (id, token, applicant) = await ApplicationAsync("papier");
        var sheet = await applicant.GetPageAsync($"/aanvraag/{id}/steunlijst");
        Assert.NotNull(sheet.QuerySelector(".qr svg"));
        Assert.Equal(12, sheet.QuerySelectorAll(".sign-sheet tbody tr").Length);
        Assert.Contains($"/steun/{token}", sheet.Text());

        var admin = await factory.SignedInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/aanvraag/{id}", [F("PaperName", "Maria Claes"), F("PaperAddress", "Molenweg 3")], handler: "PaperSupport")).StatusCode);
        var again = await admin.PostFormAsync($"/aanvraag/{id}", [F("PaperName", "Jef Claes"), F("PaperAddress", "molenweg  3")], handler: "PaperSupport");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync($"/aanvraag/{id}", [F("PaperName", ""), F("PaperAddress", "Molenweg 5")], handler: "PaperSupport")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().AnyAsync(s => s.ApplicationId == id && s.FromPaper && s.EnteredById != null)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "SupportEntered" && e.Details == $"application {id}")));
        // The applicant cannot type in supports for themselves.
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.PostFormAsync($"/aanvraag/{id}", [F("PaperName", "Ik"), F("PaperAddress", "Molenweg 9")], handler: "PaperSupport")).StatusCode);
        Assert.Equal(1, await CountAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ResidentAsync("nieuwsgierig@example.org")).GetAsync($"/aanvraag/{id}/steunlijst")).StatusCode);
    }

    [Fact]
    public async Task Ten_supports_from_one_address_at_once_count_once_and_a_withdrawn_application_takes_none()
    {
        var (id, token, applicant) = await ApplicationAsync("tegelijk-steun");
        var clients = Enumerable.Range(0, 10).Select(_ => factory.ClientFor()).ToList();
        var tokens = new List<string>();
        foreach (var client in clients)
            tokens.Add((await client.GetPageAsync($"/steun/{token}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostAsync($"/steun/{token}", new FormUrlEncodedContent(
            [F("Name", $"Buur {i}"), F("Address", "Dorpsstraat 1"), F("Agree", "true"), F("__RequestVerificationToken", tokens[i])]))));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await CountAsync(id));

        await applicant.PostFormAsync($"/aanvraag/{id}", [], handler: "Withdraw");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync($"/steun/{token}")).StatusCode);
    }
}
