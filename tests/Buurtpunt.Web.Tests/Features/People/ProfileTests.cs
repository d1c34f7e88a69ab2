using System.Net;
using System.Text.Json;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Features.People;

public class ProfileTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<HttpClient> NewResidentAsync(string email, string name)
    {
        var client = factory.ClientFor();
        await client.PostFormAsync("/registreren", [F("Input.DisplayName", name), F("Input.Email", email), F("Input.Password", "een lange zin als wachtwoord")]);
        var link = MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "Bevestig"));
        await client.GetPageAsync(new Uri(link).PathAndQuery);
        var signedIn = await client.PostFormAsync("/aanmelden", [F("Input.Email", email), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [Fact]
    public async Task The_profile_needs_sign_in()
    {
        var response = await factory.ClientFor().GetAsync("/profiel");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.ClientFor().GetAsync("/profiel/gegevens.json")).StatusCode);
    }

    [Fact]
    public async Task A_resident_corrects_their_name()
    {
        var client = await NewResidentAsync("naam@voorbeeld.example", "Tijpfout Naam");
        var response = await client.PostFormAsync("/profiel", [F("DisplayName", "Juiste Naam")], "Name");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Juiste Naam", (await client.GetPageAsync("/profiel")).QuerySelector("#DisplayName")!.GetAttribute("value"));
        var empty = await client.PostFormAsync("/profiel", [F("DisplayName", "")], "Name");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task The_data_export_holds_what_the_tables_hold_about_the_person()
    {
        var client = await NewResidentAsync("export@voorbeeld.example", "Els Export");
        await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", "export@voorbeeld.example")]);
        await factory.Mail!.WaitForAsync("export@voorbeeld.example", "Uw aanmeldlink");

        var response = await client.GetAsync("/profiel/gegevens.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var account = root.GetProperty("account");
        Assert.Equal("Els Export", account.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal("export@voorbeeld.example", account.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("Resident", account.GetProperty("roles")[0].GetProperty("role").GetString());
        Assert.Equal(1, account.GetProperty("signInLinks").GetArrayLength());

        var page = await client.GetPageAsync("/profiel/gegevens");
        Assert.Contains("Els Export", page.Text());
        Assert.Contains("bewoner", page.Text());
    }

    [Fact]
    public async Task Every_table_that_holds_rows_about_a_person_is_in_the_export_of_exactly_one_feature()
    {
        var withUser = await factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(e => e.ClrType == typeof(User) || e.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(User)))
            .Select(e => e.ClrType).ToList()));
        Assert.NotEmpty(withUser);
        using var scope = factory.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IPersonalDataSource>().ToList();
        Assert.Empty(withUser.Where(t => !sources.Any(s => s.Covers.Contains(t))).Select(t => t.Name));
        var claimedTwice = sources.SelectMany(s => s.Covers.Select(t => (Type: t, s.Section))).GroupBy(c => c.Type).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Name}: {string.Join(", ", g.Select(c => c.Section))}");
        Assert.Empty(claimedTwice);
        Assert.Equal(sources.Count, sources.Select(s => s.Section).Distinct().Count());
        Assert.Equal(withUser.Count, scope.ServiceProvider.GetRequiredService<PersonalData>().Covered.Intersect(withUser).Count());
    }

    [Fact]
    public async Task Erasure_leaves_no_personal_field_behind_in_any_table()
    {
        var client = await NewResidentAsync("wissen@voorbeeld.example", "Wout Wisser");
        await client.PostFormAsync("/aanmeldlink", [F("Email", "wissen@voorbeeld.example")]);
        Assert.Contains(await CellsAsync(), c => c.Contains("wissen@voorbeeld.example", StringComparison.OrdinalIgnoreCase));

        var notSure = await client.PostFormAsync("/profiel/verwijderen", []);
        Assert.Equal(HttpStatusCode.BadRequest, notSure.StatusCode);
        var erased = await client.PostFormAsync("/profiel/verwijderen", [F("Sure", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        var cells = await CellsAsync();
        Assert.DoesNotContain(cells, c => c.Contains("wissen@voorbeeld.example", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(cells, c => c.Contains("Wout Wisser", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/profiel")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_other_sessions()
    {
        var phone = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var laptop = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var response = await laptop.PostFormAsync("/profiel", [], "SignOutEverywhere");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var later = await phone.GetAsync("/profiel");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.StartsWith("/aanmelden", later.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Sign_out_everywhere_also_voids_links_already_mailed()
    {
        var client = await NewResidentAsync("kwijt@voorbeeld.example", "Kim Kwijt");
        await factory.ClientFor().PostFormAsync("/aanmeldlink", [F("Email", "kwijt@voorbeeld.example")]);
        var link = new Uri(MailSink.LinkIn(await factory.Mail!.WaitForAsync("kwijt@voorbeeld.example", "Uw aanmeldlink"))).PathAndQuery;
        await client.PostFormAsync("/profiel", [], "SignOutEverywhere");
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_new_email_address_counts_once_confirmed_from_that_mailbox()
    {
        var client = await NewResidentAsync("oud@voorbeeld.example", "Oud Adres");
        var response = await client.PostFormAsync("/profiel/e-mail", [F("NewEmail", "nieuw@voorbeeld.example")]);
        Assert.Equal("/mail-verstuurd", response.Headers.Location!.OriginalString);
        var link = MailSink.LinkIn(await factory.Mail!.WaitForAsync("nieuw@voorbeeld.example", "Bevestig uw nieuwe e-mailadres"));
        Assert.Equal("Uw nieuwe e-mailadres is bevestigd", (await factory.ClientFor().GetPageAsync(new Uri(link).PathAndQuery)).H1());
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.ClientFor().GetAsync(new Uri(link).PathAndQuery)).StatusCode); // once only

        var withNew = await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", "nieuw@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        var withOld = await factory.ClientFor().PostFormAsync("/aanmelden", [F("Input.Email", "oud@voorbeeld.example"), F("Input.Password", "een lange zin als wachtwoord")]);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
    }

    /// <summary>Every cell of every table, as text: personal data must not hide anywhere.</summary>
    private async Task<List<string>> CellsAsync() => await factory.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct().ToList();
        var cells = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!reader.IsDBNull(i)) cells.Add(Convert.ToString(reader.GetValue(i)) ?? "");
        }
        await connection.CloseAsync();
        return cells;
    });
}
