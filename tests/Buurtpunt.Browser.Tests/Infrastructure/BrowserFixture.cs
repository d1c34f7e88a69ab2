using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Buurtpunt.Browser.Tests.Infrastructure.BrowserFixture))]

namespace Buurtpunt.Browser.Tests.Infrastructure;

/// <summary>
/// One Debian Chromium for the whole suite, driven by Playwright. Playwright's own browser
/// download is not available here, and not needed: the system browser is the real thing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("BUURTPUNT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser profile (cookies, language) per journey; 1280 px wide unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-GB", // the app must still answer in Dutch: the browser's language is not a choice
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
