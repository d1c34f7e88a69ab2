using System.Diagnostics;
using System.Net;
using Buurtpunt.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Shared.Printing;

/// <summary>
/// The app with the output cache on and a stand-in for Chromium: a script that notes each start and
/// writes a small PDF, but holds public pages (http:// addresses) while the file "hold" exists.
/// </summary>
public sealed class PrintFactory : BuurtpuntFactory
{
    public string Work { get; } = Directory.CreateTempSubdirectory("buurtpunt-print-test-").FullName;
    public string Profiles => Path.Combine(Work, "profiles");
    private string Hold => Path.Combine(Work, "hold");

    protected override bool OutputCache => true;

    public PrintFactory()
    {
        Directory.CreateDirectory(Profiles);
        var script = Path.Combine(Work, "chromium");
        File.WriteAllText(script, $$"""
            #!/bin/bash
            for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; url="$a"; done
            echo "$url" >> "{{Work}}/starts.log"
            case "$url" in http://*) while [ -e "{{Hold}}" ]; do sleep 0.05; done;; esac
            printf '%%PDF-1.4\n%%%%EOF\n' > "$out"
            """);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pdf:Chromium", Path.Combine(Work, "chromium"));
        builder.UseSetting("Pdf:TempPath", Profiles);
        builder.UseSetting("Pdf:PublicQueue", "2");
    }

    /// <summary>The test server has no address; public pages are printed from the app's plain-HTTP address, which the stand-in never calls.</summary>
    public void GiveAnAddress()
    {
        var addresses = Server.Features.Get<IServerAddressesFeature>();
        if (addresses is null) Server.Features.Set(addresses = new ServerAddressesFeature());
        if (addresses.Addresses.Count == 0) addresses.Addresses.Add("http://127.0.0.1:9");
    }

    public int Starts => File.Exists(Path.Combine(Work, "starts.log")) ? File.ReadAllLines(Path.Combine(Work, "starts.log")).Length : 0;

    public void HoldPublicPages() => File.WriteAllText(Hold, "");

    public void Release() => File.Delete(Hold);

    public string[] ProfilesLeft => Directory.GetDirectories(Profiles);

    public override async ValueTask DisposeAsync()
    {
        Release();
        await base.DisposeAsync();
        Directory.Delete(Work, recursive: true);
    }
}

/// <summary>PDFs on demand: what a stranger can make the server print, and what staff still get meanwhile.</summary>
public class PrintLineTests(PrintFactory factory) : IClassFixture<PrintFactory>
{
    private static string Brochure(int day, string extra = "") => $"/gebied/runkelen/brochure.pdf?van=2026-12-{day:00}&tot=2026-12-31{extra}";

    private async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(condition());
    }

    [Fact]
    public async Task A_made_up_query_key_is_served_from_the_cache_without_printing_again()
    {
        factory.GiveAnAddress();
        var client = factory.ClientFor();
        var before = factory.Starts;
        var first = await client.GetAsync(Brochure(1, "&x=1"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        foreach (var extra in new[] { "&x=2", "&utm_source=nieuwsbrief", $"&{Guid.NewGuid():N}=1", "" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Brochure(1, extra), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(before + 1, factory.Starts);

        // A key the endpoint reads still makes another PDF.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Brochure(2, "&x=1"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(before + 2, factory.Starts);
    }

    [Fact]
    public async Task A_changed_Accept_Encoding_is_served_from_the_cache_too()
    {
        factory.GiveAnAddress();
        var before = factory.Starts;
        foreach (var encoding in new[] { "gzip", "gzip, x-" + Guid.NewGuid().ToString("N"), "gzip;q=1.0" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Brochure(3));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor().SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }
        Assert.Equal(before + 1, factory.Starts);
    }

    [Fact]
    public async Task When_the_public_line_is_full_the_answer_is_503_at_once_with_Retry_After_while_staff_PDFs_are_still_made()
    {
        factory.GiveAnAddress();
        var admin = await factory.SignedInAsync();
        var municipality = await factory.MunicipalityIdAsync();
        var call = await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.MunicipalityId == municipality).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        factory.HoldPublicPages();
        try
        {
            var before = factory.Starts;
            var printing = factory.ClientFor().GetAsync(Brochure(10), TestContext.Current.CancellationToken);
            await WaitForAsync(() => factory.Starts == before + 1);
            var waiting = new[] { 11, 12 }.Select(day => factory.ClientFor().GetAsync(Brochure(day), TestContext.Current.CancellationToken)).ToList();
            await Task.Delay(500, TestContext.Current.CancellationToken);

            var clock = Stopwatch.StartNew();
            var refused = await factory.ClientFor().GetAsync(Brochure(13), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
            Assert.Equal(TimeSpan.FromSeconds(10), refused.Headers.RetryAfter?.Delta);
            Assert.Contains("Probeer het over enkele seconden opnieuw", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            // The council's PDF does not wait behind them.
            clock.Restart();
            var staff = await admin.GetAsync($"/beoordeling/oproep/{call}/aanvragen.pdf", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
            Assert.Equal("application/pdf", staff.Content.Headers.ContentType!.MediaType);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
            Assert.False(printing.IsCompleted);

            factory.Release();
            foreach (var response in await Task.WhenAll(waiting.Prepend(printing)))
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            factory.Release();
        }
    }

    [Fact]
    public async Task A_request_given_up_while_waiting_or_while_printing_leaves_no_folder_behind()
    {
        factory.GiveAnAddress();
        factory.HoldPublicPages();
        try
        {
            var before = factory.Starts;
            using var printingGivenUp = new CancellationTokenSource();
            var printing = factory.ClientFor().GetAsync(Brochure(20), printingGivenUp.Token);
            await WaitForAsync(() => factory.Starts == before + 1);
            Assert.Single(factory.ProfilesLeft);
            using var waitingGivenUp = new CancellationTokenSource();
            var waiting = factory.ClientFor().GetAsync(Brochure(21), waitingGivenUp.Token);
            await Task.Delay(300, TestContext.Current.CancellationToken);

            await waitingGivenUp.CancelAsync();
            await printingGivenUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);
            await WaitForAsync(() => factory.ProfilesLeft.Length == 0);
            Assert.Equal(before + 1, factory.Starts); // the one given up in the line never started Chromium
        }
        finally
        {
            factory.Release();
        }
    }
}
