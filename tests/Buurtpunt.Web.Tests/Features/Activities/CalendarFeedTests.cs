using System.Net;
using System.Text.RegularExpressions;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Activities;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Ical.Net;
using Ical.Net.DataTypes;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Activities;

/// <summary>iCalendar feeds parsed back with Ical.Net: series as RRULE with EXDATE and moved dates, Brussels time across the switch to summer time.</summary>
public class CalendarFeedTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<Calendar> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_series_crossing_the_switch_to_summer_time_keeps_its_local_time_with_a_cancelled_and_a_moved_date()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var (area, point) = (await factory.AreaIdAsync("Runkelen"), await factory.PointIdAsync("Runkelen"));
        var created = await lead.PostFormAsync("/beheer/activiteiten/nieuw",
        [
            F("Input.Title", "Lentetuin"), F("Input.Description", "Samen zaaien."), F("Input.Kind", "Workshop"), F("Input.Audience", "Everyone"),
            F("Input.AreaId", area.ToString()), F("Input.PointId", point.ToString()), F("Input.Price", "0"), F("Input.Organiser", "Tuinploeg"),
            F("Input.TakesRegistrations", "false"), F("Input.ClosesHoursBefore", "0"), F("Input.FirstDate", "2027-03-16"),
            F("Input.StartTime", "14:00"), F("Input.EndTime", "15:30"), F("Input.Repeat", "weekly"), F("Input.WeekOfMonth", "1"), F("Input.UntilDate", "2027-04-06"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var activityId = int.Parse(PathOf(created.Headers.Location).Split('/').Last());
        var dates = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.ActivityId == activityId).OrderBy(o => o.Date).Select(o => o.Id).ToListAsync());
        await lead.PostFormAsync($"/beheer/activiteiten/datum/{dates[1]}", [F("Cancel.Reason", "Paasvakantie")], "Cancel");
        await lead.PostFormAsync($"/beheer/activiteiten/datum/{dates[2]}", [F("Move.Date", "2027-03-30"), F("Move.StartTime", "19:00"), F("Move.EndTime", "20:30")], "Move");

        var calendar = await FeedAsync(factory.ClientFor(), "/gebied/runkelen/agenda.ics");
        var events = calendar.Events.Where(e => e.Summary == "Lentetuin").ToList();
        Assert.Equal(2, events.Count); // the series and the moved date
        var series = events.Single(e => e.RecurrenceIdentifier is null);
        Assert.Equal("Europe/Brussels", series.DtStart!.TzId);
        Assert.Equal(FrequencyType.Weekly, series.RecurrenceRule!.Frequency);
        Assert.Single(series.ExceptionDates.GetAllDates());

        var starts = calendar.GetOccurrences(new CalDateTime(2027, 3, 1, 0, 0, 0, "UTC"), null)
            .Where(o => ((Ical.Net.CalendarComponents.CalendarEvent)o.Source).Summary == "Lentetuin")
            .Select(o => o.Period.StartTime.AsUtc).Order().ToList();
        Assert.Equal(
        [
            new DateTime(2027, 3, 16, 13, 0, 0, DateTimeKind.Utc), // 14:00 CET
            new DateTime(2027, 3, 30, 17, 0, 0, DateTimeKind.Utc), // moved to 19:00, now CEST
            new DateTime(2027, 4, 6, 12, 0, 0, DateTimeKind.Utc),  // 14:00 CEST: summer time began on 28 March
        ], starts);
    }

    [Fact]
    public async Task The_city_feed_holds_the_demo_series_and_the_agenda_advertises_it()
    {
        var calendar = await FeedAsync(factory.ClientFor(), "/agenda.ics");
        var coffee = calendar.Events.Where(e => e.Summary == "Koffiemoment").ToList();
        Assert.NotEmpty(coffee);
        Assert.All(coffee, e => Assert.Equal(FrequencyType.Weekly, e.RecurrenceRule!.Frequency));
        Assert.Contains(calendar.Events, e => e.Summary == "Repair café" && e.RecurrenceRule!.ByDay.Single().Offset == 1);
        Assert.StartsWith("https://localhost/activiteit/", coffee[0].Url!.ToString());
        var free = await FeedAsync(factory.ClientFor(), "/agenda.ics?gratis=true");
        Assert.DoesNotContain(free.Events, e => e.Summary!.StartsWith("Kookworkshop"));
        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Kookworkshop"));

        var page = await factory.ClientFor().GetPageAsync("/gebied/runkelen/agenda?soort=Meeting");
        Assert.Equal("/gebied/runkelen/agenda.ics?soort=Meeting", page.QuerySelector("link[rel=alternate][type='text/calendar']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/gebied/atlantis/agenda.ics")).StatusCode);
        Assert.DoesNotContain((await FeedAsync(factory.ClientFor("tweede.localhost"), "/agenda.ics")).Events, e => e.Location!.Contains("Runkelen"));
    }

    [Fact]
    public async Task A_private_feed_shows_ones_registrations_until_it_is_revoked()
    {
        await factory.PersonAsync("kalender@example.org", [(Role.Resident, null)]);
        var resident = await factory.SignedInAsync("kalender@example.org");
        var repair = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.Activity!.Title == "Repair café").OrderBy(o => o.StartUtc).Select(o => o.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await resident.PostFormAsync($"/activiteit/{repair}", [F("People", "1")], "Register")).StatusCode);

        var made = await resident.PostFormAsync("/profiel/inschrijvingen", [], "CalendarLink");
        var link = new Uri((await made.ReadAsync()).QuerySelector(".code-line a")!.GetAttribute("href")!).PathAndQuery;
        Assert.Matches(new Regex("^/agenda/mijn/[A-Za-z0-9_-]{43}\\.ics$"), link);
        var mine = await FeedAsync(factory.ClientFor(), link); // no cookie needed: the link is the key
        Assert.Equal("Repair café", mine.Events.Single().Summary);
        Assert.DoesNotContain(link, (await resident.GetPageAsync("/profiel/inschrijvingen")).Source.Text); // shown once

        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("tweede.localhost").GetAsync(link)).StatusCode);
        await resident.PostFormAsync("/profiel/inschrijvingen", [], "RevokeCalendarLink");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/agenda/mijn/geraden-token-dat-niet-bestaat-abcdefghij.ics")).StatusCode);
    }
}
