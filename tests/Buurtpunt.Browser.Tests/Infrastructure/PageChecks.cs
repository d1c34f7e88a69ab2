using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Infrastructure;

public static class PageChecks
{
    private static readonly string Artifacts = Environment.GetEnvironmentVariable("BUURTPUNT_TEST_ARTIFACTS")
        ?? Path.Combine(AppContext.BaseDirectory, "artifacts");

    /// <summary>
    /// Every page a journey visits is checked at 1280 and 360 px: axe-core with the WCAG 2.x A/AA
    /// rules (any violation fails), no sideways scrolling on a small phone, one h1, and a
    /// screenshot of both widths under the test artifacts for a person to look at.
    /// </summary>
    public static async Task ExamineAsync(this IPage page, string name)
    {
        var (originalWidth, originalHeight) = (page.ViewportSize?.Width ?? 1280, page.ViewportSize?.Height ?? 900);
        foreach (var width in new[] { 1280, 360 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var problems = await AxeViolationsAsync(page);
            Assert.True(problems.Count == 0, $"{name} at {width}px has accessibility violations:\n{string.Join("\n", problems)}");

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{name} at {width}px scrolls sideways ({scrollWidth}px wide)");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await SaveScreenshotAsync(page, $"{name}-{width}");
        }
        await page.SetViewportSizeAsync(originalWidth, originalHeight);
    }

    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// axe-core's violations for the WCAG 2.x A/AA rules. The script goes into the page once per
    /// document (not once per run), and only violations travel back: the passes of every rule on
    /// every node made each run cost seconds.
    /// </summary>
    private static async Task<List<string>> AxeViolationsAsync(IPage page)
    {
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'")) await page.EvaluateAsync(AxeScript.Value);
        var violations = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                resultTypes: ['violations'],
            })).violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        return [.. violations];
    }

    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
    }
}
