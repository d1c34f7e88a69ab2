using System.Globalization;
using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Forms;

/// <summary>The submitted responses to a form of the shared engine as Excel (/beheer/formulieren/{id}/antwoorden.xlsx).</summary>
public class FormResponsesExportTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private Task<int> FormOfAsync(int call, TrackKind kind) => factory.WithDbAsync(db =>
        db.Tracks.IgnoreQueryFilters().Where(t => t.CallId == call && t.Kind == kind).Select(t => t.QuestionnaireId).SingleAsync());

    private static async Task<Stream> ExcelAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return new MemoryStream(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_administrator_downloads_one_row_per_submitted_response_with_the_answers_as_text_and_no_names()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(factory, admin, "Oproep antwoorden");
        await SubmittedAsync(factory, await factory.ResidentAsync("een-antwoorden@example.org"), call, "Straatfeest antwoorden");
        var second = await SubmittedAsync(factory, await factory.ResidentAsync("twee-antwoorden@example.org"), call, "Boekentil antwoorden");
        var drafting = await factory.ResidentAsync("drie-antwoorden@example.org");
        var draft = await drafting.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        // The second was typed in from a paper form.
        await factory.WithDbAsync(db => db.FormResponses.IgnoreQueryFilters()
            .Where(r => db.Applications.IgnoreQueryFilters().Any(a => a.Id == second && a.ResponseId == r.Id)).ExecuteUpdateAsync(x => x.SetProperty(r => r.FromPaper, true)));
        var form = await FormOfAsync(call, TrackKind.Join);

        Assert.NotNull((await admin.GetPageAsync($"/beheer/formulieren/{form}")).QuerySelector($"a[href='/beheer/formulieren/{form}/antwoorden.xlsx']"));
        var rows = MiniExcel.Query(await ExcelAsync(await admin.GetAsync($"/beheer/formulieren/{form}/antwoorden.xlsx")), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Ingediend op", "Van papier", "Wat kiest u?", "Op welke dag?", "Waar precies?"], rows[0].Keys);
        var day = factory.Clock.GetUtcNow().Date.AddMonths(3).ToString("d MMMM yyyy", new CultureInfo("nl-BE"));
        Assert.Equal(["nee", "Straatfeestpakket", day, "Kerkstraat 1 tot 40"], rows[0].Values.Skip(1));
        Assert.Equal("ja", rows[1]["Van papier"]);
        Assert.Equal(factory.Clock.GetUtcNow().Date, ((DateTime)rows[0]["Ingediend op"]).Date);
        var cells = rows.SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ToList();
        Assert.DoesNotContain(cells, c => c.Contains("antwoorden@") || c.Contains("Test een-antwoorden") || c.Contains("Test twee-antwoorden"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "FormResponsesExported" && e.Details == $"form {form} · 2 responses")));

        // A form no one answered yet still has its columns.
        var empty = await FormOfAsync(call, TrackKind.Experiment);
        var header = MiniExcel.Query(await ExcelAsync(await admin.GetAsync($"/beheer/formulieren/{empty}/antwoorden.xlsx")), useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Ingediend op", "Van papier", "Wat wilt u uitproberen?", "Hoeveel maanden wilt u het proberen?", "Wie doet mee?", "Hoeveel geld vraagt u?"], header.Single().Values);
    }

    [Fact]
    public async Task Only_the_municipalitys_administrators_download_the_answers()
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(factory, admin, "Oproep slot antwoorden");
        var url = $"/beheer/formulieren/{await FormOfAsync(call, TrackKind.Join)}/antwoorden.xlsx";
        Assert.StartsWith("/fout/403", PathOf((await (await factory.SignedInAsync(DemoSeeder.WorkerEmail)).GetAsync(url)).Headers.Location));
        Assert.StartsWith("/fout/403", PathOf((await (await factory.ResidentAsync("nieuwsgierig-antwoorden@example.org")).GetAsync(url)).Headers.Location));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync(url)).StatusCode);
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync(url)).Headers.Location));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/beheer/formulieren/999999/antwoorden.xlsx")).StatusCode);
    }
}
