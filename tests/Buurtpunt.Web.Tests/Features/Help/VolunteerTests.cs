using System.Net;
using Buurtpunt.Core.Help;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Help;

/// <summary>Offering to help: the volunteer's profile, a worker's approval, and bad input.</summary>
public class VolunteerTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<List<KeyValuePair<string, string>>> FormAsync(string[]? kinds = null, string[]? slots = null, string hours = "4", string requests = "2",
        string range = "5", string[]? languages = null, string awayFrom = "", string awayUntil = "") =>
    [
        F("Input.AreaId", (await factory.AreaIdAsync("Runkelen")).ToString()), .. (kinds ?? ["Errands", "DigitalHelp"]).Select(k => F("Input.Kinds", k)),
        F("Input.Talents", "DigitalHelp"), .. (slots ?? ["9", "10"]).Select(s => F("Input.Slots", s)), .. (languages ?? ["nl", "fr"]).Select(x => F("Input.Languages", x)),
        F("Input.CanMeet", "WheelchairInCar"), F("Input.RangeKm", range), F("Input.Travel", "Car"), F("Input.MaxRequests", requests), F("Input.HoursPerWeek", hours),
        F("Input.AwayFrom", awayFrom), F("Input.AwayUntil", awayUntil), F("Input.Paused", "false"),
    ];


    [Fact]
    public async Task A_resident_offers_help_and_a_worker_approves_after_a_talk()
    {
        var piet = await factory.ResidentAsync("vrijwilliger-piet@example.org");
        Assert.Contains("Een buurtwerker belt u", (await piet.GetPageAsync("/hulp/vrijwilliger")).Text());
        Assert.Equal(HttpStatusCode.Redirect, (await piet.PostFormAsync("/hulp/vrijwilliger", await FormAsync(awayFrom: "2026-12-24", awayUntil: "2027-01-02"))).StatusCode);
        var me = await factory.UserIdAsync("vrijwilliger-piet@example.org");
        var volunteer = await factory.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().SingleAsync(v => v.UserId == me));
        Assert.Equal([HelpKind.Errands, HelpKind.DigitalHelp], volunteer.Kinds);
        Assert.Equal([9, 10], volunteer.Slots);
        Assert.Null(volunteer.ApprovedUtc);

        // The matcher's view: Thursday morning and afternoon, 4 hours, the absence, a talent.
        var match = volunteer.ToMatch(new GeoPoint(50.85, 5.15), activeRequests: 1, minutesTaken: 60);
        Assert.Equal([new WeeklySlot(DayOfWeek.Thursday, 480, 720), new WeeklySlot(DayOfWeek.Thursday, 780, 1020)], match.Availability);
        Assert.Equal((240, 60, 1), (match.MinutesPerWeek, match.MinutesTaken, match.ActiveRequests));
        Assert.Equal((new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 2)), match.Absences!.Single());
        Assert.Contains(HelpKind.DigitalHelp, match.Talents!);

        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var desk = await worker.GetPageAsync("/balie/vrijwilligers");
        Assert.Contains("Test vrijwilliger-piet", desk.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync("/balie/vrijwilligers", [F("volunteerId", volunteer.Id.ToString())], "Approve")).StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().Where(v => v.Id == volunteer.Id).Select(v => v.ApprovedUtc).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "VolunteerApproved" && e.SubjectUserId == me)));
        Assert.Contains("U bent vrijwilliger", (await piet.GetPageAsync("/hulp/vrijwilliger")).Text());

        // Changing what they offer keeps the approval.
        await piet.PostFormAsync("/hulp/vrijwilliger", await FormAsync(kinds: ["Company"]));
        Assert.NotNull(await factory.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().Where(v => v.Id == volunteer.Id).Select(v => v.ApprovedUtc).SingleAsync()));

        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        Assert.StartsWith("/fout/403", PathOf((await lead.GetAsync("/balie/vrijwilligers")).Headers.Location));
        var beekdonk = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        Assert.Equal(HttpStatusCode.NotFound, (await beekdonk.PostFormAsync("/balie/vrijwilligers", [F("volunteerId", volunteer.Id.ToString())], "Approve")).StatusCode);
    }

    [Theory]
    [InlineData("kinds", "Volunteer.KindsNeeded", "Kies minstens één soort hulp")]
    [InlineData("slots", "", "Vink minstens één dagdeel aan")]
    [InlineData("slots", "99", "Kies een waarde uit de lijst")]
    [InlineData("hours", "0", "moet tussen")]
    [InlineData("hours", "200", "moet tussen")]
    [InlineData("requests", "0", "moet tussen")]
    [InlineData("range", "-1", "Kies een waarde uit de lijst")]
    [InlineData("range", "10000", "Kies een waarde uit de lijst")]
    [InlineData("languages", "xx", "Kies de talen")]
    [InlineData("away", "", "Geef een begin- en einddatum")]
    public async Task Bad_volunteer_input_gets_a_clear_message_and_nothing_is_saved(string field, string value, string message)
    {
        var client = await factory.ResidentAsync($"vrijwilliger-fout-{field}-{value.Length}@example.org");
        var form = field switch
        {
            "kinds" => await FormAsync(kinds: []),
            "slots" => await FormAsync(slots: value == "" ? [] : [value]),
            "hours" => await FormAsync(hours: value),
            "requests" => await FormAsync(requests: value),
            "range" => await FormAsync(range: value),
            "languages" => await FormAsync(languages: [value]),
            _ => await FormAsync(awayFrom: "2027-01-10", awayUntil: "2027-01-01"),
        };
        var response = await client.PostFormAsync("/hulp/vrijwilliger", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        var me = await factory.UserIdAsync($"vrijwilliger-fout-{field}-{value.Length}@example.org");
        Assert.False(await factory.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().AnyAsync(v => v.UserId == me)));
    }
}
