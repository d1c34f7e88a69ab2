using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Activities;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Activities;

/// <summary>
/// Activities of a point: series and their dates, the agenda, registration with capacity and a
/// waiting list (also under concurrency), cancelling and moving a date, and bad input.
/// The clock stands on Monday 23 November 2026, 9:30 in Brussels.
/// </summary>
public class ActivityTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<List<KeyValuePair<string, string>>> FormAsync(string title, string repeat = "once", string first = "2026-12-01", string? until = null,
        string start = "14:00", string end = "16:00", string capacity = "", bool registrations = true, string area = "Runkelen", string price = "0", string week = "1")
    {
        var (areaId, pointId) = (await factory.AreaIdAsync(area), await factory.PointIdAsync(area));
        return
        [
            F("Input.Title", title), F("Input.Description", "Samen iets doen."), F("Input.Kind", "Workshop"), F("Input.Audience", "Everyone"),
            F("Input.AreaId", areaId.ToString()), F("Input.PointId", pointId.ToString()), F("Input.Place", ""), F("Input.Price", price),
            F("Input.Organiser", "Buurtwerk"), F("Input.TakesRegistrations", registrations ? "true" : "false"), F("Input.Capacity", capacity),
            F("Input.ClosesHoursBefore", "0"), F("Input.FirstDate", first), F("Input.StartTime", start), F("Input.EndTime", end),
            F("Input.Repeat", repeat), F("Input.WeekOfMonth", week), F("Input.UntilDate", until ?? ""),
        ];
    }

    private async Task<int> CreateAsync(HttpClient staff, List<KeyValuePair<string, string>> form)
    {
        var response = await staff.PostFormAsync("/beheer/activiteiten/nieuw", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(PathOf(response.Headers.Location).Split('/').Last());
    }

    private Task<List<Occurrence>> DatesAsync(int activityId) =>
        factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.ActivityId == activityId).OrderBy(o => o.StartUtc).ToListAsync());


    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, int occurrence, int people = 1) =>
        client.PostFormAsync($"/activiteit/{occurrence}", [F("People", people.ToString())], "Register");

    [Fact]
    public async Task A_lead_makes_a_monthly_series_and_its_dates_follow_brussels_time()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Breicafé", repeat: "monthly", first: "2026-12-01", until: "2027-04-30", start: "14:00"));
        var dates = await DatesAsync(id);
        Assert.Equal(["2026-12-01", "2027-01-05", "2027-02-02", "2027-03-02", "2027-04-06"], dates.Select(d => d.Date.ToString("yyyy-MM-dd")));
        // 14:00 in winter (CET) is 13:00 UTC, and in April (CEST) 12:00 UTC.
        Assert.Equal(13, dates[0].StartUtc.Hour);
        Assert.Equal(12, dates[^1].StartUtc.Hour);
        Assert.Equal(TimeSpan.FromHours(2), dates[0].EndUtc - dates[0].StartUtc);

        // Shortening the series drops the dates it lost.
        var form = await FormAsync("Breicafé", repeat: "monthly", first: "2026-12-01", until: "2027-01-31");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/beheer/activiteiten/{id}", form)).StatusCode);
        Assert.Equal(2, (await DatesAsync(id)).Count);
    }

    [Theory]
    [InlineData("end", "12:00", "Het einde moet na het begin komen")]
    [InlineData("capacity", "0", "moet tussen")]
    [InlineData("capacity", "-3", "moet tussen")]
    [InlineData("capacity", "1000000", "moet tussen")]
    [InlineData("price", "-5", "moet tussen")]
    [InlineData("until", "2026-11-30", "De einddatum ligt voor de eerste datum")]
    [InlineData("until", "2036-12-01", "hoogstens 2 jaar")]
    [InlineData("first", "1999-01-01", "Kies een datum vanaf vandaag")]
    [InlineData("first", "2199-01-01", "binnen 2 jaar")]
    [InlineData("nodates", "", "geen enkele datum")]
    [InlineData("kind", "Bingo", "'Bingo' is geen geldige waarde")]
    [InlineData("repeat", "daily", "Kies een waarde uit de lijst")]
    public async Task Bad_activity_input_gets_a_clear_message_and_nothing_is_saved(string field, string value, string message)
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var form = field switch
        {
            "end" => await FormAsync("Fout", end: value),
            "capacity" => await FormAsync("Fout", capacity: value),
            "price" => await FormAsync("Fout", price: value),
            "until" => await FormAsync("Fout", repeat: "weekly", until: value),
            "first" => await FormAsync("Fout", first: value),
            "nodates" => await FormAsync("Fout", repeat: "monthly", first: "2026-12-02", until: "2026-12-05", week: "2"),
            "kind" => (await FormAsync("Fout")).Select(f => f.Key == "Input.Kind" ? F(f.Key, value) : f).ToList(),
            _ => await FormAsync("Fout", repeat: value),
        };
        var before = await factory.WithDbAsync(db => db.Activities.IgnoreQueryFilters().CountAsync());
        var response = await lead.PostFormAsync("/beheer/activiteiten/nieuw", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Activities.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_full_date_puts_the_next_person_on_the_waiting_list_and_a_cancellation_gives_them_the_place()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Taartenbak", capacity: "3"));
        var date = (await DatesAsync(id)).Single().Id;
        var (ann, bert) = (await factory.ResidentAsync("ann@example.org"), await factory.ResidentAsync("bert@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(ann, date, people: 2)).StatusCode);
        Assert.Contains("Nog 1 plaats vrij", (await factory.ClientFor().GetPageAsync($"/activiteit/{date}")).Text());
        var twice = await RegisterAsync(ann, date);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("al ingeschreven", (await twice.ReadAsync()).QuerySelector(".problems")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(bert, date, people: 2)).StatusCode);
        Assert.Contains("op de wachtlijst", (await bert.GetPageAsync($"/activiteit/{date}")).Text());
        // One place is left, too few for Bert's two: the agenda says so.
        Assert.Contains("Nog 1 plaats vrij", (await factory.ClientFor().GetPageAsync("/punt/dorpspunt-runkelen/agenda?week=2026-12-01")).Text());

        // Ann cancels: Bert moves up by himself and is told by mail.
        Assert.Equal(HttpStatusCode.Redirect, (await ann.PostFormAsync($"/activiteit/{date}", [], "Cancel")).StatusCode);
        var mail = await factory.Mail!.WaitForAsync("bert@example.org", "plaats vrij");
        Assert.Contains($"/activiteit/{date}", mail.TextBody);
        var occurrence = (await DatesAsync(id)).Single();
        Assert.Equal(2, occurrence.Taken);
        Assert.Contains("U bent ingeschreven met 2", (await bert.GetPageAsync($"/activiteit/{date}")).Text());
        Assert.Contains("Taartenbak", (await bert.GetPageAsync("/profiel/inschrijvingen")).Text());
    }

    [Fact]
    public async Task Two_people_taking_the_last_place_at_once_never_pass_the_capacity()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Laatste plaats", capacity: "3"));
        var date = (await DatesAsync(id)).Single().Id;
        var people = new List<Guid>();
        for (var i = 0; i < 12; i++) people.Add(await factory.PersonAsync($"snel{i}@example.org", [(Role.Resident, null)]));

        // Twelve registrations at the same moment, each in its own request scope and connection.
        var outcomes = await Task.WhenAll(people.Select(person => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var info = await scope.ServiceProvider.GetRequiredService<Web.Shared.Tenancy.MunicipalityDirectory>().ResolveAsync("localhost");
            scope.ServiceProvider.GetRequiredService<Web.Shared.Tenancy.CurrentMunicipality>().Set(info!);
            return await scope.ServiceProvider.GetRequiredService<Registrations>()
                .RegisterAsync(new Registrations.Request(date, person, null, null, null, 1), CancellationToken.None);
        })));
        Assert.All(outcomes, o => Assert.True(o.Result.IsDone));
        Assert.Equal(3, outcomes.Count(o => !o.Waiting));
        Assert.Equal(9, outcomes.Count(o => o.Waiting));
        Assert.Equal(3, (await DatesAsync(id)).Single().Taken);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().CountAsync(r => r.OccurrenceId == date && !r.Waiting)));
    }

    [Fact]
    public async Task Cancelling_a_date_tells_the_people_registered_and_closes_registration()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Filmavond", capacity: "20"));
        var date = (await DatesAsync(id)).Single().Id;
        var carla = await factory.ResidentAsync("carla@example.org");
        await RegisterAsync(carla, date);

        var empty = await lead.PostFormAsync($"/beheer/activiteiten/datum/{date}", [F("Cancel.Reason", "")], "Cancel");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var cancelled = await lead.PostFormAsync($"/beheer/activiteiten/datum/{date}", [F("Cancel.Reason", "De zaal is onder water gelopen.")], "Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var mail = await factory.Mail!.WaitForAsync("carla@example.org", "Afgelast");
        Assert.Contains("De zaal is onder water gelopen.", mail.TextBody);
        Assert.Contains("Afgelast: De zaal is onder water gelopen.", (await factory.ClientFor().GetPageAsync($"/activiteit/{date}")).Text());
        var late = await RegisterAsync(await factory.ResidentAsync("dirk@example.org"), date);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("kan niet meer", (await late.ReadAsync()).QuerySelector(".problems")!.TextContent);
    }

    [Fact]
    public async Task Moving_one_date_keeps_the_others_and_tells_who_registered()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Yoga", repeat: "weekly", first: "2026-12-02", until: "2026-12-23", capacity: "10"));
        var dates = await DatesAsync(id);
        var eva = await factory.ResidentAsync("eva@example.org");
        await RegisterAsync(eva, dates[1].Id);
        var moved = await lead.PostFormAsync($"/beheer/activiteiten/datum/{dates[1].Id}",
            [F("Move.Date", "2026-12-10"), F("Move.StartTime", "19:00"), F("Move.EndTime", "20:00")], "Move");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await factory.Mail!.WaitForAsync("eva@example.org", "Nieuw uur of nieuwe dag");
        var after = await DatesAsync(id);
        Assert.Equal(new DateTime(2026, 12, 10, 18, 0, 0), after.Single(d => d.Id == dates[1].Id).StartUtc);
        Assert.Equal(dates.Where(d => d.Id != dates[1].Id).Select(d => d.StartUtc), after.Where(d => d.Id != dates[1].Id).Select(d => d.StartUtc));

        // Changing the series keeps the moved date where it was put.
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/beheer/activiteiten/{id}",
            await FormAsync("Yoga", repeat: "weekly", first: "2026-12-02", until: "2026-12-23", capacity: "10", start: "10:00", end: "11:00"))).StatusCode);
        Assert.Equal(new DateTime(2026, 12, 10, 18, 0, 0), (await DatesAsync(id)).Single(d => d.Id == dates[1].Id).StartUtc);
        Assert.Equal(9, (await DatesAsync(id)).First().StartUtc.Hour);
    }

    [Fact]
    public async Task A_cancelled_date_is_neither_moved_nor_noted_and_no_one_is_told_it_changed()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var date = (await DatesAsync(await CreateAsync(lead, await FormAsync("Voorleesuur", capacity: "10")))).Single();
        var url = $"/beheer/activiteiten/datum/{date.Id}";
        var ilse = await factory.ResidentAsync("ilse@example.org");
        await RegisterAsync(ilse, date.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(url, [F("Cancel.Reason", "De voorlezer is ziek.")], "Cancel")).StatusCode);
        await factory.Mail!.WaitForAsync("ilse@example.org", "Afgelast");

        // Posts the page no longer offers, made by hand.
        var moved = await lead.PostFormAsync(url, [F("Move.Date", "2026-12-10"), F("Move.StartTime", "19:00"), F("Move.EndTime", "20:00")], "Move");
        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        Assert.Contains("Deze datum is afgelast. U kunt hem niet meer verplaatsen of aanpassen.", (await moved.ReadAsync()).QuerySelector(".problems")!.TextContent);
        var noted = await lead.PostFormAsync(url, [F("Note", "Toch koffie")], "Note");
        Assert.Equal(HttpStatusCode.Conflict, noted.StatusCode);
        Assert.Contains("Deze datum is afgelast.", (await noted.ReadAsync()).QuerySelector(".problems")!.TextContent);
        var again = await lead.PostFormAsync(url, [F("Cancel.Reason", "Nog eens")], "Cancel");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Deze datum is al afgelast.", (await again.ReadAsync()).QuerySelector(".problems")!.TextContent);

        var after = (await DatesAsync(date.ActivityId)).Single();
        Assert.Equal((date.StartUtc, date.EndUtc, false, (string?)null, "De voorlezer is ziek."), (after.StartUtc, after.EndUtc, after.Moved, after.Note, after.CancelReason));
        // Mails go out one by one in order: once a later one to her has arrived, a "changed" mail would have too.
        var other = (await DatesAsync(await CreateAsync(lead, await FormAsync("Slotmoment", capacity: "10")))).Single().Id;
        await RegisterAsync(ilse, other);
        await lead.PostFormAsync($"/beheer/activiteiten/datum/{other}", [F("Cancel.Reason", "Geen zaal.")], "Cancel");
        await factory.Mail.WaitForAsync("ilse@example.org", "Slotmoment");
        Assert.DoesNotContain(factory.Mail.All(), m => m.To.ToString().Contains("ilse@example.org") && m.Subject?.Contains("Nieuw uur of nieuwe dag") == true);
    }

    [Fact]
    public async Task The_day_before_each_person_registered_gets_one_reminder_and_no_more()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Kerstkaarten maken", first: "2026-11-24", capacity: "1"));
        var date = (await DatesAsync(id)).Single().Id;
        var (hanne, ivo) = (await factory.ResidentAsync("hanne@example.org"), await factory.ResidentAsync("ivo@example.org"));
        await RegisterAsync(hanne, date);
        await RegisterAsync(ivo, date); // full: Ivo waits, and is not reminded

        async Task<int> RunAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<Reminders>().SendDueAsync(CancellationToken.None);
        }
        var first = await Task.WhenAll(RunAsync(), RunAsync()); // two runs at once still send one mail
        Assert.Equal(1, first.Sum());
        Assert.Equal(0, await RunAsync());
        var mail = await factory.Mail!.WaitForAsync("hanne@example.org", "Morgen: Kerstkaarten maken");
        Assert.Contains("dinsdag 24 november 2026 om 14:00", mail.TextBody);
        Assert.Contains($"/activiteit/{date}", mail.TextBody);
        Assert.NotNull(await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().Where(r => r.OccurrenceId == date && !r.Waiting).Select(r => r.RemindedUtc).SingleAsync()));
        Assert.Null(await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().Where(r => r.OccurrenceId == date && r.Waiting).Select(r => r.RemindedUtc).SingleAsync()));
    }

    [Fact]
    public async Task A_worker_acting_for_an_assisted_resident_registers_her_and_both_are_recorded()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, await FormAsync("Voorleesuur", area: "Zepperen", capacity: "10"));
        var date = (await DatesAsync(id)).Single().Id;
        var maria = await factory.AssistedIdAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/balie/bewoners/{maria}", [], "Act")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(worker, date, people: 2)).StatusCode);

        var registration = await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().SingleAsync(r => r.OccurrenceId == date));
        Assert.Equal(maria, registration.PersonId);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.WorkerEmail), registration.EnteredById);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "ActedOnBehalf" && e.SubjectUserId == maria && e.Details == $"registration {date}")));
        Assert.Contains("Voorleesuur", (await worker.GetPageAsync("/profiel/inschrijvingen")).Text()); // her registrations while acting
        var list = await worker.GetPageAsync($"/beheer/activiteiten/datum/{date}");
        Assert.Contains("Maria Claes", list.Text());
        Assert.Contains("ingeschreven door Jana Buurtwerker", list.Text());
    }

    [Fact]
    public async Task Attendance_feeds_the_statistics_of_the_point()
    {
        var (municipality, area, point) = (await factory.MunicipalityIdAsync(),
            await factory.AreaIdAsync("Aalst"), await factory.PointIdAsync("Aalst"));
        // A date last week, as if it had happened: 3 places taken by two registrations, one of them came.
        await factory.WithDbAsync(async db =>
        {
            var held = new Occurrence { MunicipalityId = municipality, Date = new DateOnly(2026, 11, 18), StartUtc = new DateTime(2026, 11, 18, 13, 0, 0, DateTimeKind.Utc), EndUtc = new DateTime(2026, 11, 18, 15, 0, 0, DateTimeKind.Utc), Capacity = 10, Taken = 3 };
            db.Activities.Add(new Activity
            {
                MunicipalityId = municipality, AreaId = area, PointId = point, Title = "Spelnamiddag", Description = "Gezelschapsspelen.", Organiser = "Buurtwerk",
                Kind = ActivityKind.Meeting, TakesRegistrations = true, Capacity = 10, StartTime = new TimeOnly(14, 0), DurationMinutes = 120,
                FirstDate = new DateOnly(2026, 11, 18), Occurrences = [held], CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            db.Registrations.AddRange(
                new Registration { MunicipalityId = municipality, OccurrenceId = held.Id, Name = "Jos", People = 2, Attended = true, CreatedUtc = DateTime.UtcNow },
                new Registration { MunicipalityId = municipality, OccurrenceId = held.Id, Name = "Mia", People = 1, Attended = false, CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var row = (await admin.GetPageAsync("/beheer/activiteiten")).QuerySelectorAll("table.list tr").Single(r => r.TextContent.Contains("Dorpspunt Aalst"));
        Assert.Equal(["Dorpspunt Aalst", "1", "3", "2"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Registration_closes_at_the_organisers_deadline()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        // Tomorrow 14:00; it is Monday 9:30 now. Closing 48 hours before means it closed yesterday.
        var form = (await FormAsync("Uitstap naar zee", first: "2026-11-24", capacity: "30"))
            .Select(f => f.Key == "Input.ClosesHoursBefore" ? F(f.Key, "48") : f).ToList();
        var id = await CreateAsync(lead, form);
        var date = (await DatesAsync(id)).Single().Id;
        var resident = await factory.ResidentAsync("laat@example.org");
        Assert.Contains("Inschrijven voor deze datum kan niet meer", (await resident.GetPageAsync($"/activiteit/{date}")).Text());
        var late = await RegisterAsync(resident, date);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(0, (await DatesAsync(id)).Single().Taken);
    }

    [Fact]
    public async Task An_activity_page_describes_its_date_as_a_schema_org_event()
    {
        var date = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.Activity!.Title == "Repair café").OrderBy(o => o.StartUtc).Select(o => o.Id).FirstAsync());
        var page = await factory.ClientFor().GetPageAsync($"/activiteit/{date}");
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("Event", root.GetProperty("@type").GetString());
        Assert.Equal("Repair café", root.GetProperty("name").GetString());
        Assert.Equal("2026-12-05T10:00:00+01:00", root.GetProperty("startDate").GetString());
        Assert.Equal("Kerkplein 3", root.GetProperty("location").GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal(8, root.GetProperty("maximumAttendeeCapacity").GetInt32());
        Assert.Equal("https://schema.org/EventScheduled", root.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public async Task Registration_input_is_checked()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var id = await CreateAsync(lead, await FormAsync("Soepbar", capacity: "5"));
        var date = (await DatesAsync(id)).Single().Id;
        var frank = await factory.ResidentAsync("frank@example.org");
        foreach (var people in new[] { 0, -1, 500 })
            Assert.Equal(HttpStatusCode.BadRequest, (await RegisterAsync(frank, date, people)).StatusCode);
        var tooMany = await RegisterAsync(frank, date, people: 6);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(0, (await DatesAsync(id)).Single().Taken);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.ClientFor().PostFormAsync($"/activiteit/{date}", [F("People", "1")], "Register", tokenFrom: "/aanmelden")).StatusCode); // to sign-in
        Assert.Equal(HttpStatusCode.NotFound, (await frank.GetAsync("/activiteit/999999")).StatusCode);
    }

    [Fact]
    public async Task A_worker_registers_a_walk_in_and_the_list_of_who_comes_is_staff_only_and_audited()
    {
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var id = await CreateAsync(worker, await FormAsync("Computerles", capacity: "4"));
        var date = (await DatesAsync(id)).Single().Id;
        var added = await worker.PostFormAsync($"/beheer/activiteiten/datum/{date}", [F("WalkIn.Name", "Georgette Peeters"), F("WalkIn.Phone", "011 22 33 44"), F("WalkIn.People", "2")], "WalkIn");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await worker.GetPageAsync($"/beheer/activiteiten/datum/{date}");
        Assert.Contains("Georgette Peeters", list.Text());
        Assert.Contains("011 22 33 44", list.Text());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "RegistrationsViewed" && e.Details!.Contains("Computerles"))));

        // Who came, ticked after the activity; the list as CSV (formulas typed as names stay text) and as Excel.
        await worker.PostFormAsync($"/beheer/activiteiten/datum/{date}", [F("WalkIn.Name", "=HYPERLINK(\"http://x\")"), F("WalkIn.People", "1")], "WalkIn");
        var registrations = await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().Where(r => r.OccurrenceId == date).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/beheer/activiteiten/datum/{date}", [F("came", registrations[0].ToString())], "Attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostFormAsync($"/beheer/activiteiten/datum/{date}", [F("came", "999999")], "Attendance")).StatusCode);
        Assert.Contains("Aantal personen dat kwam: 2", (await worker.GetPageAsync($"/beheer/activiteiten/datum/{date}")).Text());
        var csv = await worker.GetAsync($"/beheer/activiteiten/datum/{date}?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Naam;Met hoeveel personen?;Telefoonnummer;Kwam;Ingeschreven op", lines[0]);
        Assert.StartsWith("Georgette Peeters;2;011 22 33 44;ja;", lines[1]);
        Assert.StartsWith("\"'=HYPERLINK", lines[2]);
        var excel = await worker.GetAsync($"/beheer/activiteiten/datum/{date}?handler=Excel");
        var rows = MiniExcelLibs.MiniExcel.Query(await excel.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Georgette Peeters", rows[0]["Naam"]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", rows[1]["Naam"]);
        Assert.Contains("Georgette Peeters", (await worker.GetPageAsync($"/beheer/activiteiten/datum/{date}/lijst")).Text());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "RegistrationsExported")));

        var resident = await factory.ResidentAsync("nieuwsgierig@example.org");
        Assert.StartsWith("/fout/403", PathOf((await resident.GetAsync($"/beheer/activiteiten/datum/{date}")).Headers.Location));
        Assert.DoesNotContain("Georgette", await (await factory.ClientFor().GetAsync($"/activiteit/{date}")).Content.ReadAsStringAsync());
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var zepperen = await CreateAsync(worker, await FormAsync("Elders", area: "Zepperen"));
        Assert.StartsWith("/fout/403", PathOf((await lead.GetAsync($"/beheer/activiteiten/{zepperen}")).Headers.Location));
        Assert.StartsWith("/fout/403", PathOf((await lead.GetAsync($"/beheer/activiteiten/datum/{(await DatesAsync(zepperen)).Single().Id}")).Headers.Location));
        var cancel = await lead.PostFormAsync($"/beheer/activiteiten/datum/{(await DatesAsync(zepperen)).Single().Id}", [F("Cancel.Reason", "Niet van mij")], "Cancel", tokenFrom: "/beheer/activiteiten");
        Assert.StartsWith("/fout/403", PathOf(cancel.Headers.Location));
        Assert.Null((await DatesAsync(zepperen)).Single().CancelledUtc);
    }

    [Fact]
    public async Task Another_municipality_never_sees_an_activity()
    {
        var date = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Select(o => o.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync($"/activiteit/{date}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("tweede.localhost").GetAsync($"/activiteit/{date}")).StatusCode);
        var admin = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/activiteiten/datum/{date}")).StatusCode);
    }

    [Fact]
    public async Task The_brochure_lists_low_threshold_activities_by_weekday_with_the_points_and_a_qr_code()
    {
        var page = await factory.ClientFor().GetPageAsync("/gebied/runkelen/brochure?van=2026-11-23&tot=2026-12-31");
        var days = page.QuerySelectorAll(".brochure-day h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["dinsdag", "zaterdag"], days.Take(2));
        Assert.Contains("elke dinsdag, 09:30–11:30", page.Text());
        Assert.Contains("de eerste zaterdag van de maand, 10:00–13:00", page.Text());
        Assert.Contains("Kerkplein 3", page.QuerySelector(".brochure-points")!.TextContent);
        Assert.NotNull(page.QuerySelector(".qr svg"));
        Assert.Contains("https://localhost/gebied/runkelen/agenda", page.QuerySelector(".brochure-qr")!.TextContent);
        // Only low-threshold activities: Zepperen's workshop is, the yoga of this class's tests is not.
        Assert.Contains("Kookworkshop", (await factory.ClientFor().GetPageAsync("/gebied/zepperen/brochure")).Text());

        var tooLong = await factory.ClientFor().GetAsync("/gebied/runkelen/brochure?van=2026-11-23&tot=2027-11-23");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("hoogstens 92 dagen", (await tooLong.ReadAsync()).Text());
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync("/gebied/runkelen/brochure?van=2026-12-31&tot=2026-12-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync("/gebied/runkelen/brochure?van=gisteren")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/gebied/atlantis/brochure")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync("/gebied/runkelen/brochure.pdf?van=2026-12-31&tot=2026-12-01")).StatusCode);
    }

    [Fact]
    public async Task The_agenda_shows_a_week_or_a_list_filtered()
    {
        var week = await factory.ClientFor().GetPageAsync("/gebied/runkelen/agenda");
        Assert.Contains("Koffiemoment", week.Text());
        Assert.Contains("dinsdag 24 november", week.Text());
        var repair = await factory.ClientFor().GetPageAsync("/agenda?weergave=lijst&soort=RepairCafe");
        var titles = repair.QuerySelectorAll(".agenda-item h3").Select(h => h.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Repair café"], titles);
        var free = await factory.ClientFor().GetPageAsync("/agenda?weergave=lijst&gratis=true");
        Assert.DoesNotContain("Kookworkshop", free.Text());
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync("/agenda?soort=Bingo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/agenda?week=1900-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor().GetAsync("/gebied/atlantis/agenda")).StatusCode);
    }
}
