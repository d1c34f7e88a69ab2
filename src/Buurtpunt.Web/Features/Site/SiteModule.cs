using System.Text;
using System.Xml.Linq;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Site;

/// <summary>What every site has: robots.txt, the sitemap (from every module's sitemap source), the statements and the error pages.</summary>
public sealed class SiteModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddSitemapSource<SiteSitemap>();

    public void AddPages(PageAccess pages) => pages.Public("Pages");

    public void MapEndpoints(WebApplication app)
    {
        app.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            $"User-agent: *\nDisallow: /beheer\nDisallow: /aanmelden\nDisallow: /taal/\nDisallow: /zoeken\nSitemap: {context.Request.Scheme}://{context.Request.Host}/sitemap.xml\n",
            "text/plain", Encoding.UTF8));

        app.MapGet("/sitemap.xml", async (HttpContext context, IEnumerable<ISitemapSource> sources, AppDbContext db, MunicipalClock clock, CancellationToken cancellationToken) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var places = new SitemapPlaces(clock.UtcNow,
                await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => a.Slug).ToListAsync(cancellationToken),
                await db.Points.AsNoTracking().OrderBy(p => p.Name).Select(p => new SitemapPlaces.Point(p.Slug, p.Modules)).ToListAsync(cancellationToken));
            var paths = new List<string>();
            foreach (var source in sources)
                paths.AddRange(await source.PathsAsync(places, cancellationToken));
            XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(ns + "urlset", paths.Distinct().Select(p => new XElement(ns + "url", new XElement(ns + "loc", origin + p)))));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml", Encoding.UTF8);
        }).CacheOutput(Shared.Ui.PublicPageCache.PolicyName);
    }
}

/// <summary>The start page and the statements every municipality has.</summary>
public sealed class SiteSitemap : ISitemapSource
{
    public Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<string>>(["/", "/privacy", "/toegankelijkheid"]);
}

public static class SiteHealth
{
    /// <summary>Answered before the municipality is resolved: the database check needs no host.</summary>
    public static void UseHealth(this WebApplication app) => app.UseHealthChecks("/health");
}
