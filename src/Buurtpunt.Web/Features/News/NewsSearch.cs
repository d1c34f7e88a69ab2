using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Search;
using Buurtpunt.Web.Shared.Modules;
using Markdig;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Buurtpunt.Web.Features.News;

/// <summary>News is findable by its title and its text without markup, from its publication on.</summary>
public sealed class NewsSearch : ISearchSource
{
    private const string Items = "news";

    public void Collect(EntityEntry entry, SearchKeys keys)
    {
        if (entry.Entity is NewsItem) keys.Add(Items, entry);
    }

    public async Task<SearchRewrite> ReadAsync(AppDbContext db, SearchKeys keys, CancellationToken cancellationToken)
    {
        var all = keys.All;
        var ids = keys[Items];
        var rows = await db.NewsItems.IgnoreQueryFilters().AsNoTracking().Where(n => all || ids.Contains(n.Id))
            .Select(n => new { n.Id, n.MunicipalityId, n.AreaId, n.Title, n.Body, n.PublishedUtc })
            .ToListAsync(cancellationToken);
        var documents = rows.Select(n => SearchDocument.Create(SearchKind.News, n.MunicipalityId, n.AreaId, n.Title, Markdown.ToPlainText(n.Body).Trim(),
            $"/nieuws/{n.Id}", n.PublishedUtc, n.PublishedUtc, d => d.NewsItemId = n.Id)).ToList();
        return new SearchRewrite(documents, d => ids.Contains(d.NewsItemId!.Value));
    }
}
