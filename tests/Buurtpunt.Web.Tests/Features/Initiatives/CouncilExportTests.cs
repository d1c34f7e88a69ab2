using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UglyToad.PdfPig;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;
using static Buurtpunt.Web.Tests.Features.Initiatives.DecidedScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>What goes to the council: the list of a call's applications as Excel and PDF, and one application's whole file as PDF.</summary>
public class CouncilExportTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static async Task<List<IDictionary<string, object>>> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return [.. MiniExcel.Query(await response.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }

    private static async Task<(string Text, bool Landscape)> PdfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Tagged (headings, tables) and in the reader's language, for council members with a screen reader.
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("/StructTreeRoot", raw);
        Assert.Contains("/Lang (nl", raw);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        return (string.Join(" ", pages.SelectMany(p => p.GetWords()).Select(w => w.Text)), pages[0].Width > pages[0].Height);
    }

    [Fact]
    public async Task The_council_list_in_Excel_has_each_submitted_application_with_its_advice_averages_grant_and_lead_time_and_no_names()
    {
        var s = await CreateAsync(factory, "lijst");
        await DecideAsync(s);
        var other = await factory.ResidentAsync("tweede-lijst@example.org");
        var waiting = await SubmittedAsync(factory, other, s.Call, "Plantenbakken lijst");
        var draft = await other.PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Join");
        var draftId = int.Parse(PathOf(draft.Headers.Location).Split('/').Last());
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostMultipartAsync($"/aanvraag/{draftId}?handler=Save", Multipart(("Title", "Kladversie lijst")))).StatusCode);

        var rows = await SheetAsync(await s.WorkingGroup.GetAsync($"/beoordeling/oproep/{s.Call}/aanvragen.xlsx"));
        Assert.Equal([s.Application, waiting], rows.Select(r => Convert.ToInt32(r["Nummer"])));
        var decided = rows[0];
        Assert.Equal("Straatfeest lijst", decided["Titel"]);
        Assert.Equal("Meedoen", decided["Spoor"]);
        Assert.Equal("Goedgekeurd", decided["Stand"]);
        Assert.Equal(0d, decided["Steunende adressen"]);
        Assert.Equal("Positief", decided["Advies werkgroep"]);
        Assert.Equal("Past in de oproep.", decided["Uitleg werkgroep"]);
        Assert.Equal(3.0d, decided["Gemiddelde score: Betrokkenheid van de buurt"]);
        Assert.Equal(3.5d, decided["Gemiddelde score: Haalbaarheid"]);
        Assert.Equal(4.5d, decided["Gemiddelde score: Duurzaamheid: blijft er iets van over?"]);
        Assert.Equal(3.5d, decided["Gemiddelde score"]);
        Assert.Equal(2d, decided["Juryleden die scoorden"]);
        Assert.Equal("Positief, met voorwaarden", decided["Advies jury"]);
        Assert.Equal("Goed, als de straat afgesloten wordt.", decided["Uitleg jury"]);
        Assert.Equal("Goedgekeurd", decided["Beslissing"]);
        Assert.Equal(1250.5d, decided["Toegekend bedrag (euro)"]);
        Assert.Equal("Verzekering regelen.", decided["Voorwaarden"]);
        Assert.Equal(13d, decided["Dagen tot de beslissing"]);
        Assert.Equal(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddDays(-14)), DateOnly.FromDateTime((DateTime)decided["Ingediend op"]));
        var open = rows[1];
        Assert.Equal("Ingediend", open["Stand"]);
        Assert.All(new[] { open["Gemiddelde score"], open["Beslissing"], open["Toegekend bedrag (euro)"], open["Dagen tot de beslissing"] }, Assert.Null);

        // No one's name, and no draft; the headers follow the reader's language.
        var cells = rows.SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ToList();
        Assert.DoesNotContain(cells, c => c.Contains("aanvrager-lijst") || c.Contains("tweede-lijst") || c.Contains("Kladversie"));
        var french = await SheetAsync(await s.Admin.GetAsync($"/beoordeling/oproep/{s.Call}/aanvragen.xlsx?taal=fr-BE"));
        Assert.Equal(1250.5d, french[0]["Montant accordé (euros)"]);
        Assert.Equal("Approuvée", french[0]["Décision"]);
    }

    [Fact]
    public async Task The_council_list_as_pdf_is_a_landscape_table_of_the_applications()
    {
        var s = await CreateAsync(factory, "papier");
        await DecideAsync(s);
        var (text, landscape) = await PdfAsync(await s.Admin.GetAsync($"/beoordeling/oproep/{s.Call}/aanvragen.pdf"));
        Assert.True(landscape);
        // A table's cells wrap, so its text comes line by line across the columns: look for the words.
        var words = text.Split(' ');
        Assert.True(words.Contains("Straatfeest") && words.Contains("Meedoen"), text);
        Assert.Contains("4,5", words); // the last criterion's average
        Assert.Contains("Verzekering", words);
        Assert.Equal(2, words.Count(w => w == "1.250,50")); // granted, and the budget line's committed
        Assert.Contains("Aanvragen voor het college: Oproep papier", text);
        Assert.DoesNotContain("aanvrager", text);
        Assert.EndsWith("1 / 1", text); // numbered pages

    }

    [Fact]
    public async Task The_whole_file_as_pdf_names_the_applicant_only_for_the_city_and_each_download_is_audited()
    {
        var s = await CreateAsync(factory, "dossier");
        await DecideAsync(s);
        var pdf = $"/beoordeling/aanvraag/{s.Application}/pdf";
        var (text, _) = await PdfAsync(await s.WorkingGroup.GetAsync(pdf));
        Assert.Contains("Straatfeest dossier", text);
        Assert.Contains("Test aanvrager-dossier", text);
        Assert.Contains("Kerkstraat 1 tot 40", text);
        Assert.Contains("Straatfeestpakket", text);
        Assert.Contains("0 van de 5 adressen", text);
        Assert.Contains("Goed, als de straat afgesloten wordt.", text);
        Assert.Contains("Scores 4,4,3,5", text);
        Assert.Contains("€ 1.250,50", text);
        Assert.Contains("Behandeling gestart", text);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.Action == "ApplicationExported" && e.Details == $"review file {s.Application} pdf").Select(e => e.SubjectUserId).ToListAsync());
        Assert.Equal([await factory.UserIdAsync(s.ApplicantEmail)], audited);

        // The committee reads the file, but not who applied.
        var (committee, _) = await PdfAsync(await s.Chair.GetAsync(pdf));
        Assert.Contains("Kerkstraat 1 tot 40", committee);
        Assert.DoesNotContain("aanvrager-dossier", committee);
    }

    [Fact]
    public async Task A_reviewer_with_a_conflict_gets_no_file_and_sees_no_advice_or_scores_of_it_in_the_list()
    {
        var s = await CreateAsync(factory, "belang");
        await DecideAsync(s);
        var colleague = "collega-belang@example.org";
        await factory.PersonAsync(colleague, [(Web.Features.People.Role.DepartmentStaff, null)]);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Admin.PostFormAsync($"/beheer/oproepen/{s.Call}/beoordeling", [F("Seat.Email", colleague), F("Seat.Panel", "WorkingGroup"), F("Seat.Chair", "false")], handler: "Seat")).StatusCode);
        var workingGroup = await factory.SignedInAsync(colleague);
        var colleagueId = await factory.UserIdAsync(colleague);
        await factory.WithDbAsync(async db =>
        {
            var municipality = await db.Applications.IgnoreQueryFilters().Where(a => a.Id == s.Application).Select(a => a.MunicipalityId).SingleAsync();
            db.DeclaredConflicts.Add(new Web.Features.Initiatives.DeclaredConflict { MunicipalityId = municipality, ApplicationId = s.Application, PersonId = colleagueId, Reason = "Mijn buren", DeclaredUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await workingGroup.GetAsync($"/beoordeling/aanvraag/{s.Application}/pdf")).StatusCode);
        var row = (await SheetAsync(await workingGroup.GetAsync($"/beoordeling/oproep/{s.Call}/aanvragen.xlsx"))).Single();
        Assert.Equal("Goedgekeurd", row["Stand"]);
        Assert.Equal(1250.5d, row["Toegekend bedrag (euro)"]);
        Assert.All(new[] { row["Uitleg werkgroep"], row["Uitleg jury"], row["Gemiddelde score"] }, Assert.Null);
    }

    [Fact]
    public async Task Only_administrators_and_the_working_group_get_the_exports_and_figures()
    {
        var s = await CreateAsync(factory, "slot");
        string[] councilOnly = [$"/beoordeling/oproep/{s.Call}/aanvragen.xlsx", $"/beoordeling/oproep/{s.Call}/aanvragen.pdf", $"/beoordeling/oproep/{s.Call}/cijfers"];
        var outsiders = new[]
        {
            s.Member, s.Chair, s.Applicant, await factory.ResidentAsync("buur-slot@example.org"), await factory.SignedInAsync(DemoSeeder.LeadEmail),
            await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost"),
        };
        foreach (var outsider in outsiders)
        foreach (var url in councilOnly)
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        var file = $"/beoordeling/aanvraag/{s.Application}/pdf";
        foreach (var outsider in outsiders[2..])
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(file)).StatusCode);
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync(councilOnly[0])).Headers.Location));
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync(file)).Headers.Location));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync($"/beoordeling/oproep/{s.Call}/aanvragen.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync("/beoordeling/oproep/999999/aanvragen.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync("/beoordeling/aanvraag/999999/pdf")).StatusCode);

        // The links: the queue and the figures for the working group, the file's PDF for every reviewer.
        var queue = await s.WorkingGroup.GetPageAsync($"/beoordeling/oproep/{s.Call}");
        Assert.Equal(councilOnly.Order(), queue.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(councilOnly.Contains).Order());
        Assert.DoesNotContain((await s.Member.GetPageAsync($"/beoordeling/oproep/{s.Call}")).QuerySelectorAll("a"), a => councilOnly.Contains(a.GetAttribute("href")));
        Assert.NotNull((await s.Member.GetPageAsync(s.File)).QuerySelector($"a[href='{file}']"));
    }
}
