using System.Diagnostics;
using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Buurtpunt.Browser.Tests.Features.Activities;

public class BrochureJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task A_worker_makes_the_brochure_of_a_village_prints_it_as_pdf_and_its_qr_code_leads_to_the_agenda()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Url() + "/gebied/runkelen/agenda");
        await page.GetByRole(AriaRole.Link, new() { Name = "Brochure maken" }).ClickAsync();
        await page.GetByLabel("Tot en met").FillAsync("2026-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await page.ExamineAsync("brochure");

        // The QR code, read from the screen as a phone would.
        var qr = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        await page.Locator(".qr").ScreenshotAsync(new() { Path = qr });
        var zbar = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", "--raw", qr]) { RedirectStandardOutput = true })!;
        var decoded = (await zbar.StandardOutput.ReadToEndAsync()).Trim();
        await zbar.WaitForExitAsync();
        Assert.Equal(app.Url() + "/gebied/runkelen/agenda", decoded);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download als PDF" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"brochure-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        using var pdf = PdfDocument.Open(file);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.True(text.Contains("Doe mee in Runkelen"), text);
        Assert.Contains("elke dinsdag", text); // (not "Koffiemoment": its ffi is one ligature glyph in the PDF)
        Assert.Contains("Repair café", text);
        Assert.Contains("Kerkplein 3", text);
        Assert.DoesNotContain("Download als PDF", text); // the print stylesheet hides the controls
    }
}
