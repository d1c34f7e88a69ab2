using System.ServiceModel.Syndication;
using System.Xml;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News;

/// <summary>News of the municipality, its areas and points, with Atom feeds.</summary>
public sealed class NewsModule : IFeatureModule
{
    public const int FeedSize = 30;

    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<NewsList>();
        services.AddSitemapSource<NewsSitemap>();
        services.AddSearchSource<NewsSearch>();
        services.AddPhotoUse<NewsPhotos>();
        services.AddDemoSeed<NewsDemo>();
        services.AddPersonalDataSource<NewsPersonalData>();
    }

    /// <summary>Anyone reads; those who tend points write, in a two-step session.</summary>
    public void AddPages(PageAccess pages) => pages
        .Public("Pages")
        .Staff(PeopleModule.TenderPolicy, "Admin")
        .Route("Pages/NewsPage", "/punt/{point}/nieuws")
        .Route("Admin/NewsEdit", "/beheer/nieuws/nieuw");

    /// <summary>Atom feeds (RFC 4287) of an area's and a point's news, for feed readers and other sites.</summary>
    public void MapEndpoints(WebApplication app)
    {
        app.MapGet("/gebied/{slug}/nieuws.atom", async (string slug, AppDbContext db, NewsList news, SafeMarkdown markdown, PublicLinks links, CurrentMunicipality municipality, CancellationToken cancellationToken) =>
        {
            var area = await db.Areas.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellationToken);
            if (area is null) return Results.NotFound();
            var rows = await news.ForAsync(area.Id, null, 1, FeedSize, cancellationToken);
            return Feed($"{area.Name} · {municipality.Info?.Name}", links.Absolute($"/gebied/{slug}/nieuws"), rows, markdown, links);
        }).CacheOutput(Shared.Ui.PublicPageCache.PolicyName);
        app.MapGet("/punt/{slug}/nieuws.atom", async (string slug, AppDbContext db, NewsList news, SafeMarkdown markdown, PublicLinks links, CurrentMunicipality municipality, CancellationToken cancellationToken) =>
        {
            var point = await db.Points.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name, p.AreaId }).SingleOrDefaultAsync(cancellationToken);
            if (point is null) return Results.NotFound();
            var rows = await news.ForAsync(point.AreaId, point.Id, 1, FeedSize, cancellationToken);
            return Feed($"{point.Name} · {municipality.Info?.Name}", links.Absolute($"/punt/{slug}/nieuws"), rows, markdown, links);
        }).CacheOutput(Shared.Ui.PublicPageCache.PolicyName);
    }

    private static IResult Feed(string title, string page, List<NewsList.Row> rows, SafeMarkdown markdown, PublicLinks links)
    {
        var feed = new SyndicationFeed(title, null, new Uri(page))
        {
            Id = page,
            LastUpdatedTime = rows.Count == 0 ? DateTimeOffset.UnixEpoch : rows.Max(r => new DateTimeOffset(DateTime.SpecifyKind(r.PublishedUtc, DateTimeKind.Utc))),
            Items = rows.Select(r =>
            {
                var url = links.Absolute($"/nieuws/{r.Id}");
                var published = new DateTimeOffset(DateTime.SpecifyKind(r.PublishedUtc, DateTimeKind.Utc));
                return new SyndicationItem(r.Title, SyndicationContent.CreateHtmlContent(markdown.ToHtml(r.Body).ToString() ?? ""), new Uri(url), url, published)
                {
                    PublishDate = published,
                };
            }).ToList(),
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }
}
