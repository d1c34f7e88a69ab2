using Buurtpunt.Core.Search;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Search;

/// <summary>A document that matched, with its score (lower is better on both engines).</summary>
public sealed class SearchHit
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public SearchKind Kind { get; set; }
    public int? AreaId { get; set; }
    public int? ServiceId { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Url { get; set; }
    public DateTime? DateUtc { get; set; }
    public DateTime VisibleFromUtc { get; set; }
    public double Score { get; set; }
}

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<SearchKind, int> CountByKind, int Total, bool AllWords);

/// <summary>
/// Runs a parsed query on SQLite FTS5 (bm25, titles weigh 5×) or PostgreSQL (ts_rank on the
/// weighted vector, divided by the log of its length as bm25 favours short texts too). Only the engine's match is raw SQL, with the query as a parameter; the
/// municipality, visibility, filters, order and paging are LINQ on top. When no document has
/// every word, documents with some of them are shown instead, best first.
/// </summary>
public sealed class SearchEngine(AppDbContext db, MunicipalClock clock)
{
    public const int PageSize = 20;

    public async Task<SearchResults> SearchAsync(SearchQuery query, int? areaId, SearchKind? kind, int page, CancellationToken cancellationToken)
    {
        var results = await RunAsync(query, allWords: true, areaId, kind, page, cancellationToken);
        if (results.CountByKind.Count == 0 && query.Words.Count > 1)
            results = await RunAsync(query, allWords: false, areaId, kind, page, cancellationToken);
        return results;
    }

    private async Task<SearchResults> RunAsync(SearchQuery query, bool allWords, int? areaId, SearchKind? kind, int page, CancellationToken cancellationToken)
    {
        var municipality = db.CurrentMunicipalityId;
        var now = clock.UtcNow;
        // Raw SQL skips the context's municipality filter: it is applied here, first.
        var matches = Matches(query, allWords).Where(h => h.MunicipalityId == municipality && h.VisibleFromUtc <= now);
        if (areaId is not null) matches = matches.Where(h => h.AreaId == areaId || h.AreaId == null);
        var counts = await matches.GroupBy(h => h.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (kind is not null) matches = matches.Where(h => h.Kind == kind);
        var total = kind is null ? counts.Values.Sum() : counts.GetValueOrDefault(kind.Value);
        var hits = total == 0 ? [] : await matches.OrderBy(h => h.Score).ThenBy(h => h.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new SearchResults(hits, counts, total, allWords);
    }

    private IQueryable<SearchHit> Matches(SearchQuery query, bool allWords)
    {
        if (db.Database.IsNpgsql())
        {
            var tsQuery = query.ToTsQuery(allWords);
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT d."Id", d."MunicipalityId", d."Kind", d."AreaId", d."ServiceId", d."Title", d."Text", d."Url", d."DateUtc", d."VisibleFromUtc",
                       -ts_rank(d."Vector", to_tsquery('simple', {tsQuery}), 1)::float8 AS "Score"
                FROM "SearchDocuments" AS d
                WHERE d."Vector" @@ to_tsquery('simple', {tsQuery})
                """);
        }
        var match = query.ToFts5(allWords);
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT d."Id", d."MunicipalityId", d."Kind", d."AreaId", d."ServiceId", d."Title", d."Text", d."Url", d."DateUtc", d."VisibleFromUtc",
                   bm25("SearchIndex", 5.0, 1.0) AS "Score"
            FROM "SearchIndex" JOIN "SearchDocuments" AS d ON d."Id" = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH {match}
            """);
    }
}
