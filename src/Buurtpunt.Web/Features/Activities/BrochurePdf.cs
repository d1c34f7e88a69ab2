using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>
/// Prints the brochure page to PDF with headless Chromium (<c>Brochure:Chromium</c>, by default
/// Debian's /usr/bin/chromium): the same page and print stylesheet, so paper and PDF agree.
/// Chromium asks the app itself over loopback, with the municipality's host name mapped to it.
/// One at a time; null when there is no Chromium or no plain-HTTP address to reach.
/// </summary>
public sealed class BrochurePdf(IServer server, IConfiguration configuration, ILogger<BrochurePdf> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _one = new(1);

    public async Task<byte[]?> RenderAsync(string host, string pathAndQuery, CancellationToken cancellationToken)
    {
        var chromium = configuration.GetValue("Brochure:Chromium", "/usr/bin/chromium")!;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (!File.Exists(chromium) || address is null) return null;
        var port = new Uri(address.Replace("://*", "://localhost").Replace("://+", "://localhost").Replace("://[::]", "://localhost")).Port;
        var profile = Directory.CreateTempSubdirectory("buurtpunt-chromium-");
        var pdf = Path.Combine(profile.FullName, "brochure.pdf");
        await _one.WaitAsync(cancellationToken);
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}",
                $"--host-resolver-rules=MAP {host} 127.0.0.1", $"--print-to-pdf={pdf}", "--virtual-time-budget=5000",
                $"http://{host}:{port}{pathAndQuery}",
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
                logger.LogWarning("Chromium could not print the brochure (exit {Code}): {Output}", process.ExitCode, await output);
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
