using System.Globalization;
using System.Text.Encodings.Web;
using Buurtpunt.Web.Shared.Printing;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Shared.Security;

/// <summary>
/// With secure-only cookies, a request over plain HTTP cannot work: the browser drops the cookies and
/// anti-forgery refuses every form (it used to be a 500 on each one). Usually a TLS proxy the app was not
/// told to trust (<c>ForwardedHeaders</c>). Such a request gets a translated page saying so, and what to
/// configure — not a redirect to HTTPS, which loops behind a proxy that speaks HTTP to the app.
/// <c>/health</c> and static files come earlier in the pipeline and still answer; so does Chromium
/// fetching a page to print over loopback (<see cref="ChromiumPdf.IsOwnRequest"/>).
/// </summary>
public sealed class PlainHttpNotice(ChromiumPdf chromium, ILogger logger)
{
    private int _logged;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.IsHttps || chromium.IsOwnRequest(context))
        {
            await next(context);
            return;
        }
        if (Interlocked.Exchange(ref _logged, 1) == 0)
            logger.LogWarning("A request came over plain HTTP while cookies are secure-only; it got the HTTPS notice. Trust the TLS proxy with ForwardedHeaders:KnownProxies");
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = HtmlEncoder.Default;
        var request = context.Request;
        var secure = $"https://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(l["PlainHttp.Title"])}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="inhoud" class="page">
            <h1>{html.Encode(l["PlainHttp.Title"])}</h1>
            <p>{html.Encode(l["PlainHttp.Visitor"])}</p>
            <p><a href="{html.Encode(secure)}">{html.Encode(l["PlainHttp.Link"])}</a></p>
            <h2>{html.Encode(l["PlainHttp.OperatorTitle"])}</h2>
            <p>{html.Encode(l["PlainHttp.Operator"])}</p>
            </main></body></html>
            """, context.RequestAborted);
    }
}
