using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
            Assert.True(problems.Count == 0, $"{name} at {width}px has accessibility violations:\n{string.Join("\n", problems)}");

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{name} at {width}px scrolls sideways ({scrollWidth}px wide)");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await SaveScreenshotAsync(page, $"{name}-{width}");
        }
        await page.SetViewportSizeAsync(originalWidth, originalHeight);
    }

    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{name}.png"), FullPage = true });
    }
}
