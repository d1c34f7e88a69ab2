using System.Text;
using System.Xml.Linq;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Site;

/// <summary>What every site has: health, robots.txt, the sitemap and the error pages.</summary>
public static class SiteModule
{
    public static void MapSite(this WebApplication app)
    {
        app.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            $"User-agent: *\nDisallow: /beheer\nDisallow: /aanmelden\nDisallow: /taal/\nDisallow: /zoeken\nSitemap: {context.Request.Scheme}://{context.Request.Host}/sitemap.xml\n",
            "text/plain", Encoding.UTF8));

        app.MapGet("/sitemap.xml", async (HttpContext context, AppDbContext db, CancellationToken cancellationToken) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => a.Slug).ToListAsync(cancellationToken);
            var points = await db.Points.AsNoTracking().OrderBy(p => p.Name)
                .Select(p => new { p.Slug, Questions = (p.Modules & Places.PointModules.Questions) != 0, News = (p.Modules & Places.PointModules.News) != 0,
                    Activities = (p.Modules & Places.PointModules.Activities) != 0 }).ToListAsync(cancellationToken);
            var now = context.RequestServices.GetRequiredService<Shared.Time.MunicipalClock>().UtcNow;
            var news = await db.NewsItems.AsNoTracking().Where(n => n.PublishedUtc <= now).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(cancellationToken);
            // Dates of activities from today to two months ahead: further ones are reached from the agenda.
            var dates = await db.Occurrences.AsNoTracking().Where(o => o.EndUtc >= now && o.StartUtc < now.AddDays(62)).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
            var calls = await db.Calls.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
            var realised = await db.Applications.AsNoTracking().Where(a => Initiatives.Pages.ShowcaseModel.Realised.Contains(a.Status)).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
            XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            var paths = new[] { "/", "/agenda", "/privacy", "/toegankelijkheid", "/veelgestelde-vragen" }
                .Concat(areas.SelectMany(s => new[] { $"/gebied/{s}", $"/gebied/{s}/nieuws", $"/gebied/{s}/agenda" }))
                .Concat(points.Where(p => p.Activities).Select(p => $"/punt/{p.Slug}/agenda"))
                .Concat(dates.Select(id => $"/activiteit/{id}"))
                .Concat(points.Select(p => $"/punt/{p.Slug}"))
                .Concat(points.Where(p => p.Questions).SelectMany(p => new[] { $"/punt/{p.Slug}/vragen", $"/punt/{p.Slug}/faq" }))
                .Concat(points.Where(p => p.News).Select(p => $"/punt/{p.Slug}/nieuws"))
                .Concat(news.Select(id => $"/nieuws/{id}"))
                .Append("/oproepen").Concat(calls.Select(id => $"/oproep/{id}"))
                .Append("/realisaties").Concat(realised.Select(id => $"/realisatie/{id}"));
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(ns + "urlset", paths.Select(p => new XElement(ns + "url", new XElement(ns + "loc", origin + p)))));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml", Encoding.UTF8);
        }).CacheOutput(Shared.Ui.PublicPageCache.PolicyName);
    }

    /// <summary>Answered before the municipality is resolved: the database check needs no host.</summary>
    public static void UseHealth(this WebApplication app) => app.UseHealthChecks("/health");
}
