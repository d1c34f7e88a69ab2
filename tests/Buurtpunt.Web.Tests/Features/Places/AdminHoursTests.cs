using System.Net;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Places;

public class AdminHoursTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private Task<int> PointAsync(string slug) =>
        factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task Weekly_hours_are_added_and_shown_on_the_point_page()
    {
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync($"/beheer/punten/{id}/uren", [F("WeeklyForm.Day", "Monday"), F("WeeklyForm.Opens", "18:30"), F("WeeklyForm.Closes", "20:00")], "Weekly");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await factory.ClientFor().GetPageAsync("/punt/dorpspunt-zepperen");
        Assert.Contains("18:30–20:00", page.QuerySelector("table.hours tr")!.TextContent);
        // Monday 09:30 now: the new evening opening comes before Tuesday.
        Assert.Equal("Nu gesloten. Open vandaag om 18:30", page.QuerySelector(".status")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("Tuesday", "12:00", "09:00", "Het einduur moet later zijn dan het beginuur.")]
    [InlineData("Tuesday", "11:00", "13:00", "Deze uren overlappen met uren die er al zijn.")]
    [InlineData("Tuesday", "", "13:00", "Vul 'Open vanaf' in.")]
    [InlineData("Funday", "10:00", "11:00", "is geen geldige waarde")]
    public async Task Bad_weekly_hours_get_a_clear_message_and_nothing_is_stored(string day, string opens, string closes, string message)
    {
        var id = await PointAsync("dorpspunt-runkelen");
        var before = await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.PointId == id));
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync($"/beheer/punten/{id}/uren", [F("WeeklyForm.Day", day), F("WeeklyForm.Opens", opens), F("WeeklyForm.Closes", closes)], "Weekly");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.PointId == id)));
    }

    [Fact]
    public async Task A_closed_holiday_is_added_and_turns_the_next_opening_to_a_later_day()
    {
        var id = await PointAsync("dorpspunt-aalst");
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync($"/beheer/punten/{id}/uren", [F("ExceptionForm.Date", "2026-12-25"), F("ExceptionForm.Closed", "true"), F("ExceptionForm.Reason", "Kerstmis")], "Exception");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rows = await factory.WithDbAsync(db => db.OpeningExceptions.IgnoreQueryFilters().Where(e => e.PointId == id && e.Reason == "Kerstmis").ToListAsync());
        Assert.Single(rows);
        Assert.True(rows[0].Closed);
    }

    [Theory]
    [InlineData("2025-11-23", "true", "", "", "Deze datum is al voorbij")]
    [InlineData("2026-12-01", "false", "", "", "Vul het begin- en einduur in")]
    [InlineData("2026-12-01", "false", "16:00", "14:00", "Het einduur moet later zijn dan het beginuur.")]
    [InlineData("", "true", "", "", "Vul 'Datum' in.")]
    public async Task Bad_exceptions_are_refused(string date, string closed, string opens, string closes, string message)
    {
        var id = await PointAsync("buurtpunt-centrum");
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync($"/beheer/punten/{id}/uren",
            [F("ExceptionForm.Date", date), F("ExceptionForm.Closed", closed), F("ExceptionForm.Opens", opens), F("ExceptionForm.Closes", closes)], "Exception");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
    }

    [Fact]
    public async Task Presence_is_added_and_removed()
    {
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        await admin.PostFormAsync($"/beheer/punten/{id}/uren", [F("PresenceForm.Day", "Friday"), F("PresenceForm.From", "10:00"), F("PresenceForm.Until", "11:30"), F("PresenceForm.Who", "Seniorenconsulent Ahmed")], "Presence");
        Assert.Contains("Vrijdag 10:00–11:30: Seniorenconsulent Ahmed", (await factory.ClientFor().GetPageAsync("/punt/dorpspunt-zepperen")).Text());

        var rowId = await factory.WithDbAsync(db => db.Presences.IgnoreQueryFilters().Where(p => p.Who == "Seniorenconsulent Ahmed").Select(p => p.Id).SingleAsync());
        var deleted = await admin.PostFormAsync($"/beheer/punten/{id}/uren", [F("rowId", rowId.ToString())], "DeletePresence");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Seniorenconsulent Ahmed", (await factory.ClientFor().GetPageAsync("/punt/dorpspunt-zepperen")).Text());
    }

    [Fact]
    public async Task A_row_of_another_point_cannot_be_deleted_through_this_point()
    {
        var runkelen = await PointAsync("dorpspunt-runkelen");
        var zepperen = await PointAsync("dorpspunt-zepperen");
        var rowOfRunkelen = await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().Where(w => w.PointId == runkelen).Select(w => w.Id).FirstAsync());
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync($"/beheer/punten/{zepperen}/uren", [F("rowId", rowOfRunkelen.ToString())], "DeleteWeekly");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().AnyAsync(w => w.Id == rowOfRunkelen)));
    }
}
