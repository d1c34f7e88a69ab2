using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Buurtpunt.Web.Shared.Ui;

/// <summary>
/// Compresses public pages only (brotli or gzip), which shrinks a long list of points tenfold
/// for people on slow phone connections. Pages of signed-in people and pages with forms are
/// never compressed, so no secret sits next to reflected text in a compressed body (BREACH).
/// The compressed page is what the output cache stores, so it is compressed once, not per visit.
/// </summary>
public static class PublicPageCompression
{
    private const string Marker = "buurtpunt:public-page";

    public static IServiceCollection AddPublicPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // safe: only public pages without secrets qualify (see Provider)
            // Feeds too: a city's calendar is a few hundred kilobytes of very repetitive text.
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/calendar", "application/atom+xml"]);
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<ResponseCompressionProvider>();
        services.AddSingleton<IResponseCompressionProvider, Provider>();
        return services;
    }

    /// <summary>Marks the request as a public page; set by the public page cache policy.</summary>
    public static void MarkPublic(HttpContext context) => context.Items[Marker] = true;

    private sealed class Provider(ResponseCompressionProvider inner) : IResponseCompressionProvider
    {
        public ICompressionProvider? GetCompressionProvider(HttpContext context) => inner.GetCompressionProvider(context);

        public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);

        public bool ShouldCompressResponse(HttpContext context) =>
            context.Items.ContainsKey(Marker)
            && context.User.Identity?.IsAuthenticated != true
            && !context.Response.Headers.ContainsKey("Set-Cookie")
            && inner.ShouldCompressResponse(context);
    }
}
