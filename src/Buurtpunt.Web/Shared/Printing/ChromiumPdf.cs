using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Buurtpunt.Web.Shared.Printing;

/// <summary>
/// Prints to PDF with headless Chromium (<c>Pdf:Chromium</c>, by default Debian's /usr/bin/chromium),
/// from the same HTML and print stylesheet as the screen, so paper and PDF agree. Either a public
/// page that Chromium asks the app for over loopback (the brochure), or HTML the app made for the
/// person asking (<see cref="PrintView"/>): Chromium carries no one's cookie, so a page behind a
/// sign-in is rendered in that person's request and only printed here, with the network shut.
/// One at a time; null when there is no Chromium (or, for a page, no plain-HTTP address to reach).
/// </summary>
public sealed class ChromiumPdf(IServer server, IConfiguration configuration, ILogger<ChromiumPdf> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _one = new(1);

    /// <summary>A public page of the app, asked with the municipality's host name mapped to loopback.</summary>
    public Task<byte[]?> PrintPageAsync(string host, string pathAndQuery, CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (address is null) return Task.FromResult<byte[]?>(null);
        var port = new Uri(address.Replace("://*", "://localhost").Replace("://+", "://localhost").Replace("://[::]", "://localhost")).Port;
        return PrintAsync(_ => Task.FromResult($"http://{host}:{port}{pathAndQuery}"), $"MAP {host} 127.0.0.1", cancellationToken);
    }

    /// <summary>A whole HTML document, printed from a file: it may load files (the stylesheets), never the network.</summary>
    public Task<byte[]?> PrintHtmlAsync(string html, CancellationToken cancellationToken) =>
        PrintAsync(async folder =>
        {
            var page = Path.Combine(folder, "page.html");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            return new Uri(page).AbsoluteUri;
        }, "MAP * ~NOTFOUND", cancellationToken);

    private async Task<byte[]?> PrintAsync(Func<string, Task<string>> url, string hostRules, CancellationToken cancellationToken)
    {
        var chromium = configuration["Pdf:Chromium"] ?? configuration["Brochure:Chromium"] ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) return null;
        var profile = Directory.CreateTempSubdirectory("buurtpunt-chromium-");
        var pdf = Path.Combine(profile.FullName, "print.pdf");
        await _one.WaitAsync(cancellationToken);
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}",
                $"--host-resolver-rules={hostRules}", $"--print-to-pdf={pdf}", "--virtual-time-budget=5000",
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
                throw;
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                logger.LogWarning("Chromium could not print to PDF (exit {Code}): {Output}", process.ExitCode, await output);
                return null;
            }
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            _one.Release();
            try { profile.Delete(recursive: true); } catch (IOException) { /* Chromium may still hold a lock file; the temp folder is cleaned by the system */ }
        }
    }
}
