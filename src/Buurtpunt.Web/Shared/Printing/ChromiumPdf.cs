using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Buurtpunt.Web.Shared.Printing;

/// <summary>
/// Prints to PDF with headless Chromium (<c>Pdf:Chromium</c>, by default Debian's /usr/bin/chromium),
/// from the same HTML and print stylesheet as the screen, so paper and PDF agree. Either a public
/// page that Chromium asks the app for over loopback (the brochure), or HTML the app made for the
/// person asking (<see cref="PrintView"/>): Chromium carries no one's cookie, so a page behind a
/// sign-in is rendered in that person's request and only printed here, with the network shut.
/// <para>
/// Anyone may ask for a public page, so those wait in their own short line (<c>Pdf:PublicQueue</c>)
/// with their own Chromium; when it is full the answer is "busy" at once, never a long wait. HTML for
/// a signed-in reader (the council's files) has a line of its own, so staff never wait behind strangers.
/// </para>
/// </summary>
public sealed class ChromiumPdf(IServer server, IConfiguration configuration, ILogger<ChromiumPdf> logger) : IDisposable
{
    public const string ProfilePrefix = "buurtpunt-chromium-";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrencyLimiter _publicLine = Line(configuration.GetValue("Pdf:PublicQueue", 2));
    private readonly ConcurrencyLimiter _readerLine = Line(configuration.GetValue("Pdf:ReaderQueue", 20));

    // Chromium's own requests for the page it prints come over plain HTTP on loopback; this user agent,
    // secret per process, lets them through where plain HTTP is otherwise refused (PlainHttpNotice).
    private readonly string _userAgent = "Buurtpunt-print/" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A public page of the app, asked with the municipality's host name mapped to loopback.</summary>
    public async Task<Printout> PrintPageAsync(string host, string pathAndQuery, CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (address is null) return Printout.Unavailable;
        var port = new Uri(address.Replace("://*", "://localhost").Replace("://+", "://localhost").Replace("://[::]", "://localhost")).Port;
        return await PrintAsync(_publicLine, _ => Task.FromResult($"http://{host}:{port}{pathAndQuery}"), $"MAP {host} 127.0.0.1", cancellationToken);
    }

    /// <summary>A whole HTML document, printed from a file: it may load files (the stylesheets), never the network. Null when it cannot be printed now.</summary>
    public async Task<byte[]?> PrintHtmlAsync(string html, CancellationToken cancellationToken) =>
        (await PrintAsync(_readerLine, async folder =>
        {
            var page = Path.Combine(folder, "page.html");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            return new Uri(page).AbsoluteUri;
        }, "MAP * ~NOTFOUND", cancellationToken)).Pdf;

    /// <summary>Whether a request is Chromium fetching a page this app asked it to print.</summary>
    public bool IsOwnRequest(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote)
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(context.Request.Headers.UserAgent.ToString()), System.Text.Encoding.ASCII.GetBytes(_userAgent));

    private static ConcurrencyLimiter Line(int waiting) =>
        new(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = Math.Max(0, waiting), QueueProcessingOrder = QueueProcessingOrder.OldestFirst });

    private async Task<Printout> PrintAsync(ConcurrencyLimiter line, Func<string, Task<string>> url, string hostRules, CancellationToken cancellationToken)
    {
        var chromium = configuration["Pdf:Chromium"] ?? configuration["Brochure:Chromium"] ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) return Printout.Unavailable;
        using var turn = await line.AcquireAsync(1, cancellationToken);
        if (!turn.IsAcquired) return Printout.Busy;
        // Made only once it is our turn, and always removed: a request given up in the line leaves nothing behind.
        var profile = ProfileFolder();
        try
        {
            var pdf = Path.Combine(profile.FullName, "print.pdf");
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}",
                $"--user-agent={_userAgent}", $"--host-resolver-rules={hostRules}", $"--print-to-pdf={pdf}", "--virtual-time-budget=5000",
                await url(profile.FullName),
            })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var output = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                // Its files are only free to delete once it has gone.
                try { await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None); }
                catch (TimeoutException) { logger.LogWarning("Chromium did not stop within 10 s of being killed"); }
                throw;
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                logger.LogWarning("Chromium could not print to PDF (exit {Code}): {Output}", process.ExitCode, await output);
                return Printout.Unavailable;
            }
            return new Printout(await File.ReadAllBytesAsync(pdf, cancellationToken), IsBusy: false);
        }
        finally
        {
            await RemoveAsync(profile);
        }
    }

    // Under Pdf:TempPath when set (tests count what is left there), else the system's temp folder.
    private DirectoryInfo ProfileFolder()
    {
        var root = configuration["Pdf:TempPath"];
        if (string.IsNullOrEmpty(root)) return Directory.CreateTempSubdirectory(ProfilePrefix);
        return Directory.CreateDirectory(Path.Combine(root, ProfilePrefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(6))));
    }

    // Chromium's helpers may let go of the profile a moment after the main process ends.
    private async Task RemoveAsync(DirectoryInfo profile)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                profile.Delete(recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 5)
            {
                await Task.Delay(200 * attempt, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "A Chromium profile folder could not be removed");
                return;
            }
        }
    }

    public void Dispose()
    {
        _publicLine.Dispose();
        _readerLine.Dispose();
    }
}

/// <summary>A PDF, or why there is none: busy (try again soon) or unavailable (this server cannot print).</summary>
public sealed record Printout(byte[]? Pdf, bool IsBusy)
{
    public static readonly Printout Busy = new(null, true);
    public static readonly Printout Unavailable = new(null, false);
}
