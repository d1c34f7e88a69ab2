using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Data;

/// <summary>
/// A failing database is never a wrong answer: a locked SQLite file or a read-only PostgreSQL gives the
/// translated 503 page with Retry-After and stores nothing; a dropped connection is retried; only a real
/// duplicate on the expected index answers "already".
/// </summary>
public class DatabaseFailureTests(DatabaseFailureFactory factory) : IClassFixture<DatabaseFailureFactory>
{
    private const string Unavailable = "Probeer het over een minuut opnieuw";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private Task<(int Id, string Token, HttpClient Applicant)> ApplicationAsync(string who) => Features.Initiatives.ReviewScene.DraftInDemoCallAsync(factory, who);

    /// <summary>The failure stored nothing; once it ends, a support counts and a real duplicate is told so.</summary>
    private async Task AssertNothingStoredThenDuplicateIsAlreadyAsync(HttpClient neighbour, string token, int id)
    {
        Assert.Equal(0, await SupportsAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await SupportAsync(neighbour, token, "Kerkstraat 12")).StatusCode);
        var twice = await SupportAsync(neighbour, token, "kerkstr. 12");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Dit adres steunt dit project al", (await twice.ReadAsync()).Text());
        Assert.Equal(1, await SupportsAsync(id));
    }

    private Task<int> SupportsAsync(int id) => factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().CountAsync(s => s.ApplicationId == id));

    private static Task<HttpResponseMessage> SupportAsync(HttpClient neighbour, string token, string address) =>
        neighbour.PostFormAsync($"/steun/{token}", [F("Name", "Jan Peeters"), F("Address", address), F("Agree", "true")]);

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailable.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var page = await response.ReadAsync();
        Assert.Contains(Unavailable, page.Text());
        Assert.DoesNotContain("Exception", page.Text());
    }

    private async Task<int> DateTakingRegistrationsAsync()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var (areaId, pointId) = (await factory.AreaIdAsync("Runkelen"), await factory.PointIdAsync("Runkelen"));
        var created = await lead.PostFormAsync("/beheer/activiteiten/nieuw",
        [
            F("Input.Title", "Soepcafé"), F("Input.Description", "Samen soep eten."), F("Input.Kind", "Workshop"), F("Input.Audience", "Everyone"),
            F("Input.AreaId", areaId.ToString()), F("Input.PointId", pointId.ToString()), F("Input.Place", ""), F("Input.Price", "0"),
            F("Input.Organiser", "Buurtwerk"), F("Input.TakesRegistrations", "true"), F("Input.Capacity", "10"),
            F("Input.ClosesHoursBefore", "0"), F("Input.FirstDate", "2026-12-01"), F("Input.StartTime", "14:00"), F("Input.EndTime", "16:00"),
            F("Input.Repeat", "once"), F("Input.WeekOfMonth", "1"), F("Input.UntilDate", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var activity = int.Parse(PathOf(created.Headers.Location).Split('/').Last());
        return await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.ActivityId == activity).Select(o => o.Id).SingleAsync());
    }

    // ---- SQLite: another connection holds the write lock ----

    /// <summary>Holds SQLite's write lock from another connection, as a second writer (a backup, a stuck process) would.</summary>
    private async Task<IAsyncDisposable> WriteLockAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(factory.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }
        return connection; // closed unpooled, it rolls back and lets go
    }

    [Fact]
    public async Task On_a_locked_sqlite_file_a_support_answers_503_stores_nothing_and_afterwards_a_real_duplicate_still_answers_already()
    {
        Assert.SkipWhen(factory.Provider != "Sqlite", "The SQLite write lock; the PostgreSQL run has its own failures.");
        var (id, token, _) = await ApplicationAsync("slot-steun");
        var neighbour = factory.ClientFor();
        await using (await WriteLockAsync())
            await AssertUnavailableAsync(await SupportAsync(neighbour, token, "Kerkstraat 12"));
        await AssertNothingStoredThenDuplicateIsAlreadyAsync(neighbour, token, id);
    }

    [Fact]
    public async Task On_a_locked_sqlite_file_a_registration_answers_503_and_afterwards_a_second_one_answers_already_registered()
    {
        Assert.SkipWhen(factory.Provider != "Sqlite", "The SQLite write lock; the PostgreSQL run has its own failures.");
        var date = await DateTakingRegistrationsAsync();
        var resident = await factory.ResidentAsync("slot-inschrijving@example.org");
        await using (await WriteLockAsync())
            await AssertUnavailableAsync(await resident.PostFormAsync($"/activiteit/{date}", [F("People", "1")], "Register"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().CountAsync(r => r.OccurrenceId == date)));

        Assert.Equal(HttpStatusCode.Redirect, (await resident.PostFormAsync($"/activiteit/{date}", [F("People", "1")], "Register")).StatusCode);
        var twice = await resident.PostFormAsync($"/activiteit/{date}", [F("People", "1")], "Register");
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("al ingeschreven", (await twice.ReadAsync()).Text());
    }

    [Fact]
    public async Task On_a_locked_sqlite_file_an_invitation_answers_503_and_afterwards_the_same_address_answers_already_invited()
    {
        Assert.SkipWhen(factory.Provider != "Sqlite", "The SQLite write lock; the PostgreSQL run has its own failures.");
        var (id, _, applicant) = await ApplicationAsync("slot-samen");
        var together = $"/aanvraag/{id}/samen";
        await using (await WriteLockAsync())
            await AssertUnavailableAsync(await applicant.PostFormAsync(together, [F("Name", "Buur"), F("Email", "buur-slot@example.org")], handler: "Invite"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().CountAsync(c => c.ApplicationId == id)));

        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(together, [F("Name", "Buur"), F("Email", "buur-slot@example.org")], handler: "Invite")).StatusCode);
        var twice = await applicant.PostFormAsync(together, [F("Name", "Buur"), F("Email", "buur-slot@example.org")], handler: "Invite");
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("al uitgenodigd", (await twice.ReadAsync()).Text());
    }

    // ---- Both: only the expected index is a duplicate ----

    [Fact]
    public async Task A_unique_violation_counts_as_a_duplicate_only_on_the_index_the_caller_names()
    {
        var (id, _, _) = await ApplicationAsync("index-naam");
        var municipality = await factory.MunicipalityIdAsync();
        CoApplicant Invitation(string email) => new() { MunicipalityId = municipality, ApplicationId = id, Name = "Buur", Email = email, Token = "zelfde-token-index", InvitedUtc = DateTime.UtcNow };
        await factory.WithDbAsync(async db =>
        {
            db.CoApplicants.Add(Invitation("een@example.org"));
            return await db.SaveChangesAsync();
        });
        var failure = await factory.WithDbAsync(async db =>
        {
            db.CoApplicants.Add(Invitation("twee@example.org")); // another address, the same token
            return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(failure.IsViolated<CoApplicant>(db, nameof(CoApplicant.Token)))));
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(failure.IsViolated<CoApplicant>(db, nameof(CoApplicant.ApplicationId), nameof(CoApplicant.Email)))));
        Assert.False(DatabaseUnavailable.Is(failure)); // a broken rule is not an unavailable database
    }

    // ---- PostgreSQL: read-only after a fail-over, a dropped connection, no connections at all ----

    private string DatabaseName => new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!;

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("BUURTPUNT_TEST_PG"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Ends the app's pooled connections on the server, as a restart or a fail-over does.</summary>
    private Task DropConnectionsAsync() =>
        AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{DatabaseName}' AND pid <> pg_backend_pid()");

    [Fact]
    public async Task On_a_read_only_postgres_after_a_fail_over_a_support_answers_503_stores_nothing_and_afterwards_a_real_duplicate_still_answers_already()
    {
        Assert.SkipWhen(factory.Provider != "Postgres", "PostgreSQL's read-only standby; the SQLite run has its own failures.");
        var (id, token, _) = await ApplicationAsync("alleen-lezen");
        var neighbour = factory.ClientFor();
        await AdminAsync($"ALTER DATABASE {DatabaseName} SET default_transaction_read_only = on");
        try
        {
            await DropConnectionsAsync();
            await AssertUnavailableAsync(await SupportAsync(neighbour, token, "Kerkstraat 12"));
        }
        finally
        {
            await AdminAsync($"ALTER DATABASE {DatabaseName} SET default_transaction_read_only = off");
            await DropConnectionsAsync();
        }
        await AssertNothingStoredThenDuplicateIsAlreadyAsync(neighbour, token, id);
    }

    [Fact]
    public async Task On_a_read_only_postgres_a_registration_answers_503_and_stores_nothing()
    {
        Assert.SkipWhen(factory.Provider != "Postgres", "PostgreSQL's read-only standby; the SQLite run has its own failures.");
        var date = await DateTakingRegistrationsAsync();
        var resident = await factory.ResidentAsync("alleen-lezen-inschrijving@example.org");
        await AdminAsync($"ALTER DATABASE {DatabaseName} SET default_transaction_read_only = on");
        try
        {
            await DropConnectionsAsync();
            await AssertUnavailableAsync(await resident.PostFormAsync($"/activiteit/{date}", [F("People", "1")], "Register"));
        }
        finally
        {
            await AdminAsync($"ALTER DATABASE {DatabaseName} SET default_transaction_read_only = off");
            await DropConnectionsAsync();
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Registrations.IgnoreQueryFilters().CountAsync(r => r.OccurrenceId == date)));
        Assert.Equal(HttpStatusCode.Redirect, (await resident.PostFormAsync($"/activiteit/{date}", [F("People", "1")], "Register")).StatusCode);
    }

    [Fact]
    public async Task A_dropped_postgres_connection_is_retried_and_the_person_never_notices()
    {
        Assert.SkipWhen(factory.Provider != "Postgres", "Retries are PostgreSQL's; SQLite has no connection to lose.");
        var (id, token, _) = await ApplicationAsync("verbinding-weg");
        var neighbour = factory.ClientFor();
        var form = await neighbour.GetPageAsync($"/steun/{token}");
        var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await DropConnectionsAsync();
        Assert.Equal(HttpStatusCode.OK, (await neighbour.GetAsync("/oproepen")).StatusCode);
        await DropConnectionsAsync();
        var supported = await neighbour.PostAsync($"/steun/{token}", new FormUrlEncodedContent(
            [F("Name", "Jan Peeters"), F("Address", "Kerkstraat 12"), F("Agree", "true"), F("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.OK, supported.StatusCode);
        Assert.Equal(1, await SupportsAsync(id));
    }

    [Fact]
    public async Task While_postgres_refuses_every_connection_a_page_answers_503_not_500()
    {
        Assert.SkipWhen(factory.Provider != "Postgres", "PostgreSQL refusing connections; the SQLite run has its own failures.");
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync("/oproepen")).StatusCode);
        await AdminAsync($"ALTER DATABASE {DatabaseName} WITH ALLOW_CONNECTIONS false");
        try
        {
            await DropConnectionsAsync();
            factory.Services.GetRequiredService<MunicipalityDirectory>().Invalidate(); // even the host lookup cannot be read
            await AssertUnavailableAsync(await factory.ClientFor().GetAsync("/oproepen"));
        }
        finally
        {
            await AdminAsync($"ALTER DATABASE {DatabaseName} WITH ALLOW_CONNECTIONS true");
        }
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().GetAsync("/oproepen")).StatusCode);
    }
}
