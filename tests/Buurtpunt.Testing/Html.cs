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

    /// <summary>
    /// Posts a multipart form (with files) the way a browser would. The token comes from the page's
    /// multipart form, or from any form on <paramref name="tokenFrom"/> (e.g. when the form is gone
    /// because the person may no longer change it).
    /// </summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, MultipartFormDataContent content, string? tokenFrom = null)
    {
        var page = await client.GetPageAsync(tokenFrom ?? url);
        var token = page.QuerySelector(tokenFrom is null ? "form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]" : "input[name=__RequestVerificationToken]")
            ?.GetAttribute("value") ?? throw new InvalidOperationException($"No anti-forgery token on {tokenFrom ?? url}");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(url, content);
    }

    /// <summary>The fields and files of a multipart post (the anti-forgery token is added by <see cref="PostMultipartAsync"/>).</summary>
    public static MultipartFormDataContent Multipart((string Name, string Value)[]? fields = null, (string Name, string FileName, byte[] Bytes)[]? files = null)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields ?? []) content.Add(new StringContent(value), name);
        foreach (var (name, fileName, bytes) in files ?? []) content.Add(new ByteArrayContent(bytes), name, fileName);
        return content;
    }

    public static MultipartFormDataContent Multipart(params (string Name, string Value)[] fields) => Multipart(fields, null);
}
