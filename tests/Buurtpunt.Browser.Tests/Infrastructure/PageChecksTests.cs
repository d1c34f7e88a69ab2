using Xunit.Sdk;

namespace Buurtpunt.Browser.Tests.Infrastructure;

/// <summary>The page checks every journey relies on must themselves fail on a bad page, or every green journey means nothing.</summary>
public class PageChecksTests(BrowserFixture browser)
{
    /// <summary>Serves the HTML as an ordinary http page (a data: URL does not script without JavaScript).</summary>
    private static async Task ShowAsync(Microsoft.Playwright.IPage page, string html)
    {
        await page.RouteAsync("http://checks.test/**", route => route.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = html }));
        await page.GotoAsync("http://checks.test/");
    }

    [Fact]
    public async Task A_page_with_accessibility_violations_fails_the_check_with_the_rule_and_the_element()
    {
        var page = await browser.NewPageAsync();
        await ShowAsync(page, """
            <!doctype html><html lang="nl"><head><title>Fout</title></head>
            <body><main><h1>Fout</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="zonder-alt"><a href="/x"></a></main></body></html>
            """);
        var failure = await Assert.ThrowsAsync<TrueException>(() => page.ExamineAsync("checks-violations"));
        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("#zonder-alt", failure.Message);
        Assert.Contains("link-name", failure.Message);
    }

    [Fact]
    public async Task A_page_that_scrolls_sideways_on_a_phone_fails_the_check()
    {
        var page = await browser.NewPageAsync();
        await ShowAsync(page, """
            <!doctype html><html lang="nl"><head><title>Breed</title><meta name="viewport" content="width=device-width"></head>
            <body><main><h1>Breed</h1><div style="width: 900px">Te breed</div></main></body></html>
            """);
        var failure = await Assert.ThrowsAsync<TrueException>(() => page.ExamineAsync("checks-wide"));
        Assert.Contains("at 360px scrolls sideways", failure.Message);
    }

    [Fact]
    public async Task A_clean_page_passes_the_check()
    {
        var page = await browser.NewPageAsync();
        await ShowAsync(page, """
            <!doctype html><html lang="nl"><head><title>Goed</title><meta name="viewport" content="width=device-width"></head>
            <body><main><h1>Goed</h1><p>Alles in orde.</p></main></body></html>
            """);
        await page.ExamineAsync("checks-clean");
    }
}
