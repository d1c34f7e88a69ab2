using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Buurtpunt.Testing;

/// <summary>Reads pages as a person would: by their text, headings, links and forms.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ReadAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await response.ReadAsync();
    }

    public static string Text(this IHtmlDocument document) => document.Body?.TextContent ?? "";

    /// <summary>A redirect's target as path and query, whether the server wrote it absolute or relative.</summary>
    public static string PathOf(Uri? location) =>
        location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    public static string H1(this IHtmlDocument document) => document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>
    /// Posts a form the way a browser would: the anti-forgery token and cookie included. The token
    /// comes from the page itself, or from <paramref name="tokenFrom"/> when the person may not open it.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null, string? tokenFrom = null)
    {
        var page = await client.GetPageAsync(tokenFrom ?? url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {tokenFrom ?? url}");
        var target = handler is null ? url : $"{url}?handler={handler}";
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(target, content);
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, MultipartFormDataContent content)
    {
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {url}");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(url, content);
    }
}
