using Buurtpunt.Core.Help;
using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Help;

/// <summary>Asking a neighbour for help: the form, who sees the request (and its address), acting for someone, bad input.</summary>
public class HelpRequestTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<List<KeyValuePair<string, string>>> FormAsync(string kind = "Errands", string date = "2026-11-26", string from = "09:00", string until = "12:00",
        string minutes = "60", string weeks = "1", string address = "Kerkstraat 5, 3803 Runkelen", string? point = null, string language = "", string[]? needs = null) =>
    [
        F("Input.Kind", kind), F("Input.Description", "Boodschappen in de supermarkt."), F("Input.AreaId", (await factory.AreaIdAsync("Runkelen")).ToString()),
        F("Input.PointId", point ?? ""), F("Input.Address", address), F("Input.Date", date), F("Input.From", from), F("Input.Until", until),
        F("Input.Minutes", minutes), F("Input.RepeatWeeks", weeks), F("Input.Language", language), .. (needs ?? []).Select(n => F("Input.Needs", n)),
    ];


    [Fact]
    public async Task A_resident_asks_for_weekly_help_and_only_she_and_the_areas_staff_see_it_with_the_address()
    {
        var ann = await factory.ResidentAsync("hulp-ann@example.org");
        var asked = await ann.PostFormAsync("/hulp/vragen", await FormAsync(weeks: "6", needs: ["WheelchairInCar"]));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var url = PathOf(asked.Headers.Location);
        var page = await ann.GetPageAsync(url);
        Assert.Contains("Kerkstraat 5", page.Text());
        Assert.Contains("6 weken na elkaar", page.Text());
        Assert.Contains("Een rolstoel mee in de auto", page.Text());
        Assert.Contains("Boodschappen", (await ann.GetPageAsync("/hulp")).Text());

        var id = int.Parse(url.Split('/').Last());
        var request = await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.Id == id));
        Assert.Equal(6, request.Windows().Count);
        Assert.Equal(new DateOnly(2026, 12, 31), request.Windows()[^1].Date);

        // Another resident: not found. The worker of the area: yes, audited. Another municipality: not found.
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ResidentAsync("hulp-bert@example.org")).GetAsync(url)).StatusCode);
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        Assert.Contains("Kerkstraat 5", (await worker.GetPageAsync(url)).Text());
        Assert.Contains("Test hulp-ann", (await worker.GetPageAsync("/balie/hulp")).Text());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "HelpRequestViewed" && e.Details == $"help request {id}")));
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail); // a lead is no staff of people's requests
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Kerkstraat 5", await (await factory.ClientFor().GetAsync("/zoeken?q=Kerkstraat")).Content.ReadAsStringAsync());

        // She withdraws it.
        Assert.Equal(HttpStatusCode.BadRequest, (await ann.PostFormAsync(url, [], "Nope")).StatusCode); // no such handler: not a 500
        Assert.Equal(HttpStatusCode.Redirect, (await ann.PostFormAsync(url, [new("step", "Cancel")], "Step")).StatusCode);
        Assert.Equal(HelpStatus.Cancelled, await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.DoesNotContain("Test hulp-ann", (await worker.GetPageAsync("/balie/hulp")).Text());
    }

    [Fact]
    public async Task A_worker_acting_for_an_assisted_resident_asks_in_her_name()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var maria = await factory.AssistedIdAsync();
        await worker.PostFormAsync($"/balie/bewoners/{maria}", [], "Act");
        var form = await worker.GetPageAsync("/hulp/vragen");
        Assert.Contains("in naam van Maria Claes", form.Text());
        Assert.Equal("Kerkstraat 1\n3800 Zepperen", form.QuerySelector("textarea[name='Input.Address']")!.TextContent.Trim());
        var asked = await worker.PostFormAsync("/hulp/vragen", (await FormAsync(kind: "Ride", address: "Kerkstraat 1, 3800 Zepperen")));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var request = await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.RequesterId == maria));
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.WorkerEmail), request.EnteredById);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "ActedOnBehalf" && e.SubjectUserId == maria && e.Details == $"help request {request.Id}")));
    }

    [Theory]
    [InlineData("kind", "", "Kies wat voor hulp u nodig hebt")]
    [InlineData("kind", "Teleportation", "geen geldige waarde")]
    [InlineData("until", "08:00", "Het einde moet na het begin komen")]
    [InlineData("minutes", "240", "Dat duurt langer dan de tijd die u opgaf")]
    [InlineData("minutes", "5", "moet tussen")]
    [InlineData("weeks", "52", "moet tussen")]
    [InlineData("date", "2026-01-01", "Kies een datum vanaf vandaag")]
    [InlineData("date", "2030-01-01", "Kies een datum vanaf vandaag")]
    [InlineData("address", "", "Geef het adres")]
    [InlineData("language", "xx", "Kies een waarde uit de lijst")]
    [InlineData("needs", "Jetpack", "geen geldige waarde")]
    public async Task Bad_help_requests_get_a_clear_message_and_nothing_is_saved(string field, string value, string message)
    {
        var client = await factory.ResidentAsync("hulp-fout@example.org");
        var form = field switch
        {
            "kind" => await FormAsync(kind: value),
            "until" => await FormAsync(until: value),
            "minutes" => await FormAsync(minutes: value),
            "weeks" => await FormAsync(weeks: value),
            "date" => await FormAsync(date: value),
            "address" => await FormAsync(address: value),
            "language" => await FormAsync(language: value),
            _ => await FormAsync(needs: [value]),
        };
        var before = await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().CountAsync());
        var response = await client.PostFormAsync("/hulp/vragen", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Requests_waiting_a_week_or_more_are_flagged_on_the_desk()
    {
        var client = await factory.ResidentAsync("hulp-wacht@example.org");
        var asked = await client.PostFormAsync("/hulp/vragen", await FormAsync(kind: "Paperwork"));
        var id = int.Parse(PathOf(asked.Headers.Location).Split('/').Last());
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        bool Flagged(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("table.list tbody tr")
            .Single(r => r.QuerySelector($"a[href='/hulp/{id}']") is not null).TextContent.Contains("wacht te lang");
        Assert.False(Flagged(await worker.GetPageAsync("/balie/hulp")));
        await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedUtc, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-8))));
        var desk = await worker.GetPageAsync("/balie/hulp");
        Assert.True(Flagged(desk));
        Assert.Contains("Vragen die al 7 dagen of langer op een helper wachten: 1.", desk.Text());
    }

    [Fact]
    public async Task Asking_needs_an_account_and_the_desk_needs_a_worker()
    {
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync("/hulp/vragen")).Headers.Location));
        var resident = await factory.ResidentAsync("hulp-nieuwsgierig@example.org");
        Assert.StartsWith("/fout/403", PathOf((await resident.GetAsync("/balie/hulp")).Headers.Location));
    }
}
