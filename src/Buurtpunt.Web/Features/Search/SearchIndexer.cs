using Buurtpunt.Core.Search;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Features.Questions;
using Markdig;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Buurtpunt.Web.Features.Search;

/// <summary>
/// Keeps the search documents in step with what they describe. <see cref="AppDbContext"/> asks
/// <see cref="Collect"/> what a save touches and, after the save, <see cref="RefreshAsync"/>
/// rewrites those documents in the same unit of work; bulk updates that bypass the change tracker
/// call <see cref="RefreshAsync"/> themselves. <see cref="RebuildAsync"/> rewrites everything.
/// </summary>
public static class SearchIndexer
{
    /// <summary>What a save touches, as entities: ids of new rows exist only after the save.</summary>
    public sealed class Touched
    {
        internal readonly List<object> Entities = [];
        public bool IsEmpty => Entities.Count == 0;
    }

    public static Touched Collect(ChangeTracker tracker)
    {
        var touched = new Touched();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is Question or Answer or FaqEntry or NewsItem or Point or Service or Area
                || entry.Metadata.Name == PlacesConfiguration.PointServices)
                touched.Entities.Add(entry.Entity);
        }
        return touched;
    }

    /// <summary>Rewrites the documents of what a save touched (call after the save: new rows have their ids).</summary>
    public static async Task RefreshAsync(AppDbContext db, Touched touched, CancellationToken cancellationToken)
    {
        var sources = new Sources();
        foreach (var entity in touched.Entities)
        {
            switch (entity)
            {
                case Question q: sources.Questions.Add(q.Id); break;
                case Answer a: sources.Questions.Add(a.QuestionId); break;
                case FaqEntry f: sources.Faq.Add(f.Id); break;
                case NewsItem n: sources.News.Add(n.Id); break;
                case Point p: sources.Points.Add(p.Id); break;
                case Service s: sources.Services.Add(s.Id); sources.PointsOfServices.Add(s.Id); break;
                case Area a: sources.Areas.Add(a.Id); break;
                case Dictionary<string, object> join:
                    sources.Points.Add((int)join[PlacesConfiguration.PointServicesPointKey]);
                    sources.Services.Add((int)join[PlacesConfiguration.PointServicesServiceKey]);
                    break;
            }
        }
        await RefreshAsync(db, sources, cancellationToken);
    }

    /// <summary>Rewrites the documents of these questions (after a bulk change of their answers).</summary>
    public static Task RefreshQuestionsAsync(AppDbContext db, IEnumerable<int> questionIds, CancellationToken cancellationToken)
    {
        var sources = new Sources();
        sources.Questions.UnionWith(questionIds);
        return RefreshAsync(db, sources, cancellationToken);
    }

    /// <summary>Rewrites every document of every municipality; the engine's index follows.</summary>
    public static async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.SearchDocuments.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES ('rebuild')", cancellationToken);
        var sources = new Sources { All = true };
        await RefreshAsync(db, sources, cancellationToken);
        return await db.SearchDocuments.IgnoreQueryFilters().CountAsync(cancellationToken);
    }

    private sealed class Sources
    {
        public bool All;
        public readonly HashSet<int> Questions = [], Faq = [], News = [], Points = [], Services = [], Areas = [], PointsOfServices = [];
    }

    // The ids come from rows this context wrote, or from a rebuild: the municipality filter is
    // lifted so the demo seeder (which has no current municipality) and the rebuild command work.
    private static async Task RefreshAsync(AppDbContext db, Sources s, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>();
        var all = s.All;
        // A point's name, slug and modules show in the documents of its questions and FAQ entries.
        List<int> pointIds = [];
        var areaIds = new HashSet<int>(s.Areas);
        if (all || s.Points.Count > 0 || s.Areas.Count > 0 || s.PointsOfServices.Count > 0)
        {
            var (ids, inAreas, services) = (s.Points.ToList(), s.Areas.ToList(), s.PointsOfServices.ToList());
            var rows = await db.Points.IgnoreQueryFilters().AsNoTracking()
                .Where(p => all || ids.Contains(p.Id) || inAreas.Contains(p.AreaId) || p.Services.Any(v => services.Contains(v.Id)))
                .Select(p => new
                {
                    p.Id, p.MunicipalityId, p.AreaId, p.Name, p.Slug, p.Description, p.Street, p.PostalCode, p.City, Area = p.Area!.Name,
                    Services = p.Services.OrderBy(v => v.SortOrder).Select(v => new { v.NameNl, v.NameFr, v.NameEn }).ToList(),
                })
                .ToListAsync(cancellationToken);
            foreach (var p in rows)
            {
                var text = string.Join("\n", new[] { p.Description, $"{p.Street}, {p.PostalCode} {p.City} · {p.Area}" }
                    .Concat(p.Services.Select(v => string.Join(" · ", new[] { v.NameNl, v.NameFr, v.NameEn }.Where(n => !string.IsNullOrWhiteSpace(n)))))
                    .Where(t => !string.IsNullOrWhiteSpace(t)));
                pointIds.Add(p.Id);
                areaIds.Add(p.AreaId);
                documents.Add(Document(SearchKind.Point, p.MunicipalityId, p.AreaId, p.Name, text, $"/punt/{p.Slug}", null, DateTime.MinValue, d => d.PointId = p.Id));
            }
        }
        if (all || s.Questions.Count > 0 || pointIds.Count > 0)
        {
            var ids = s.Questions.ToList();
            var rows = await db.Questions.IgnoreQueryFilters().AsNoTracking()
                .Where(q => all || ids.Contains(q.Id) || pointIds.Contains(q.PointId))
                .Where(q => !q.Private && q.HiddenUtc == null && db.Points.IgnoreQueryFilters().Any(p => p.Id == q.PointId && (p.Modules & PointModules.Questions) != 0))
                .Select(q => new
                {
                    q.Id, q.MunicipalityId, q.Title, q.Body, q.CreatedUtc,
                    AreaId = db.Points.IgnoreQueryFilters().Where(p => p.Id == q.PointId).Select(p => p.AreaId).First(),
                    Answers = q.Answers.Where(a => a.HiddenUtc == null).OrderBy(a => a.CreatedUtc).Select(a => a.Body).ToList(),
                })
                .ToListAsync(cancellationToken);
            documents.AddRange(rows.Select(q => Document(SearchKind.Question, q.MunicipalityId, q.AreaId, q.Title,
                string.Join("\n", [q.Body, .. q.Answers]), $"/vraag/{q.Id}", q.CreatedUtc, q.CreatedUtc, d => d.QuestionId = q.Id)));
        }
        var areas = areaIds.ToList();
        if (all || s.Faq.Count > 0 || areas.Count > 0)
        {
            var ids = s.Faq.ToList();
            var rows = await db.FaqEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(f => all || ids.Contains(f.Id) || areas.Contains(f.AreaId!.Value))
                .Select(f => new
                {
                    f.Id, f.MunicipalityId, f.Question, f.Answer, f.UpdatedUtc, f.PointId,
                    AreaId = f.AreaId ?? db.Points.IgnoreQueryFilters().Where(p => p.Id == f.PointId).Select(p => (int?)p.AreaId).FirstOrDefault(),
                    // An entry shows on the FAQ page of its point, or of every point of its area: link to the first.
                    Slug = db.Points.IgnoreQueryFilters()
                        .Where(p => (p.Modules & PointModules.Questions) != 0 && (f.PointId != null ? p.Id == f.PointId : p.AreaId == f.AreaId))
                        .OrderBy(p => p.Name).Select(p => p.Slug).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            foreach (var f in rows)
            {
                var page = f.AreaId is null ? "/veelgestelde-vragen" : f.Slug is null ? null : $"/punt/{f.Slug}/faq";
                if (page is null) continue; // not shown anywhere, so not findable either
                documents.Add(Document(SearchKind.Faq, f.MunicipalityId, f.AreaId, f.Question, f.Answer, $"{page}#faq-entry-{f.Id}", f.UpdatedUtc, DateTime.MinValue, d => d.FaqEntryId = f.Id));
            }
        }
        if (all || s.News.Count > 0)
        {
            var ids = s.News.ToList();
            var rows = await db.NewsItems.IgnoreQueryFilters().AsNoTracking().Where(n => all || ids.Contains(n.Id))
                .Select(n => new { n.Id, n.MunicipalityId, n.AreaId, n.Title, n.Body, n.PublishedUtc })
                .ToListAsync(cancellationToken);
            documents.AddRange(rows.Select(n => Document(SearchKind.News, n.MunicipalityId, n.AreaId, n.Title, Markdown.ToPlainText(n.Body).Trim(),
                $"/nieuws/{n.Id}", n.PublishedUtc, n.PublishedUtc, d => d.NewsItemId = n.Id)));
        }
        if (all || s.Services.Count > 0)
        {
            var ids = s.Services.ToList();
            var rows = await db.Services.IgnoreQueryFilters().AsNoTracking().Where(v => all || ids.Contains(v.Id))
                .Select(v => new { v.Id, v.MunicipalityId, v.NameNl, v.NameFr, v.NameEn, Points = v.Points.OrderBy(p => p.Name).Select(p => p.Name).ToList() })
                .ToListAsync(cancellationToken);
            foreach (var v in rows.Where(v => v.Points.Count > 0))
            {
                var text = string.Join("\n", new[] { v.NameFr, v.NameEn, string.Join(", ", v.Points) }.Where(t => !string.IsNullOrWhiteSpace(t)));
                documents.Add(Document(SearchKind.Service, v.MunicipalityId, null, v.NameNl, text, null, null, DateTime.MinValue, d => d.ServiceId = v.Id));
            }
        }
        await ReplaceAsync(db, s, pointIds, areas, documents, cancellationToken);
    }

    private static SearchDocument Document(SearchKind kind, int municipalityId, int? areaId, string title, string text, string? url,
        DateTime? date, DateTime visibleFrom, Action<SearchDocument> source)
    {
        title = Truncate(title, SearchDocument.TitleMaxLength);
        text = Truncate(text, SearchDocument.TextMaxLength);
        var document = new SearchDocument
        {
            Kind = kind, MunicipalityId = municipalityId, AreaId = areaId, Title = title, Text = text, Url = url, DateUtc = date,
            VisibleFromUtc = visibleFrom, TitleTerms = SearchText.Terms(title), TextTerms = SearchText.Terms(text),
        };
        source(document);
        return document;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    // Old documents of the refreshed sources go, new ones come (an update is a delete and an insert
    // for the full-text index anyway). A source that is now private, hidden or gone simply has none.
    private static async Task ReplaceAsync(AppDbContext db, Sources s, List<int> pointIds, List<int> areaIds, List<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (!s.All)
        {
            var (questions, faq, news, points, services) = (s.Questions.ToList(), s.Faq.ToList(), s.News.ToList(), s.Points.ToList(), s.Services.ToList());
            points.AddRange(pointIds);
            await db.SearchDocuments.IgnoreQueryFilters()
                .Where(d => questions.Contains(d.QuestionId!.Value) || faq.Contains(d.FaqEntryId!.Value) || news.Contains(d.NewsItemId!.Value)
                    || points.Contains(d.PointId!.Value) || services.Contains(d.ServiceId!.Value)
                    // what was rewritten because of its point or area
                    || db.Questions.IgnoreQueryFilters().Any(q => q.Id == d.QuestionId && pointIds.Contains(q.PointId))
                    || db.FaqEntries.IgnoreQueryFilters().Any(f => f.Id == d.FaqEntryId && areaIds.Contains(f.AreaId!.Value)))
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (documents.Count == 0) return;
        db.SearchDocuments.AddRange(documents);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var document in documents) db.Entry(document).State = EntityState.Detached;
    }
}
