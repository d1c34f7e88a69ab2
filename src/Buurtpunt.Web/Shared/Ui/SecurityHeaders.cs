namespace Buurtpunt.Web.Shared.Ui;

public static class SecurityHeaders
{
    /// <summary>
    /// No inline script anywhere (CSP without unsafe-inline); images may come from the
    /// configured map-tile host only. No framing by other sites.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var tileOrigin = TileOrigin(configuration["Map:TileUrl"]);
        var policy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            $"img-src 'self' data:{(tileOrigin is null ? "" : " " + tileOrigin)}",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    private static string? TileOrigin(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl)) return null;
        var host = tileUrl.Replace("{s}.", "").Replace("{s}", "a");
        return Uri.TryCreate(host.Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0"), UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{(tileUrl.Contains("{s}.") ? "*." : "")}{uri.Authority}"
            : null;
    }
}
