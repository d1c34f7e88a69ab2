using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.News;

/// <summary>News a person wrote; on erasure it stays, without author (the database sets it to null).</summary>
public sealed class NewsPersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Written(IReadOnlyList<NewsData> NewsYouWrote);
    public sealed record NewsData(int Id, string Title, DateTime PublishedUtc);

    public string Section => "news";
    public string? View => null;
    public IReadOnlyCollection<Type> Covers { get; } = [typeof(NewsItem)];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var news = await db.NewsItems.AsNoTracking().Where(n => n.AuthorId == personId).OrderBy(n => n.PublishedUtc)
            .Select(n => new NewsData(n.Id, n.Title, n.PublishedUtc)).ToListAsync(cancellationToken);
        return news.Count == 0 ? null : new Written(news);
    }

    public Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken) => Task.CompletedTask;
}
