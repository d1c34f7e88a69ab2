using Buurtpunt.Testing;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Features.Questions;
using Buurtpunt.Web.Features.Search;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Features.Search;

/// <summary>The app with one more search source, as a feature would add it, that cannot write its documents.</summary>
public sealed class SearchIndexFactory : BuurtpuntFactory
{
    public const string Failing = "zoekboem";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSearchSource<FailingSource>());
    }

    /// <summary>Watches questions; fails to write for one whose title holds <see cref="Failing"/> (and writes nothing on a rebuild).</summary>
    private sealed class FailingSource : ISearchSource
    {
        public void Collect(EntityEntry entry, SearchKeys keys)
        {
            if (entry.Entity is Question q && q.Title.Contains(Failing)) keys.Add("questions", entry);
        }

        public Task<SearchRewrite> ReadAsync(AppDbContext db, SearchKeys keys, CancellationToken cancellationToken) => keys.All
            ? Task.FromResult(new SearchRewrite([], d => false))
            : throw new InvalidOperationException("These documents cannot be written.");
    }
}

/// <summary>
/// The index is kept by the sources the features register, through an interceptor of every save:
/// sync or async, in the save's transaction, and every entity a document describes is watched.
/// </summary>
public class SearchIndexTests(SearchIndexFactory factory) : IClassFixture<SearchIndexFactory>
{
    private async Task<T> InScopeAsync<T>(Func<AppDbContext, IReadOnlyList<ISearchSource>, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>(), [.. scope.ServiceProvider.GetServices<ISearchSource>()]);
    }

    private async Task<Question> NewQuestionAsync(string title) => new()
    {
        MunicipalityId = await factory.MunicipalityIdAsync(), PointId = await factory.PointIdAsync("Runkelen"),
        Title = title, Body = "Over de zoekindex.", CreatedUtc = factory.Clock.GetUtcNow().UtcDateTime,
    };

    private Task<List<string>> TitlesAsync(string word) =>
        factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters().Where(d => d.Title.Contains(word)).Select(d => d.Title).ToListAsync());

    // The columns that say which row a document describes: each has a unique index (one document
    // per row); the area column only filters.
    private static List<Microsoft.EntityFrameworkCore.Metadata.IForeignKey> SourceColumns(AppDbContext db)
    {
        var document = db.Model.FindEntityType(typeof(SearchDocument))!;
        return [.. document.GetForeignKeys().Where(fk => document.FindIndex(fk.Properties)?.IsUnique == true)];
    }

    private static int? SourceId(SearchDocument document, string column) => (int?)typeof(SearchDocument).GetProperty(column)!.GetValue(document);

    private static async Task<object> AnyRowAsync<T>(AppDbContext db) where T : class => await db.Set<T>().IgnoreQueryFilters().AsNoTracking().FirstAsync();

    [Fact]
    public async Task Every_entity_a_document_describes_is_watched_by_the_source_that_writes_its_documents()
    {
        var unwatched = await InScopeAsync(async (db, sources) =>
        {
            var columns = SourceColumns(db);
            Assert.Contains(columns, c => c.Properties[0].Name == nameof(SearchDocument.QuestionId));
            Assert.DoesNotContain(columns, c => c.Properties[0].Name == nameof(SearchDocument.AreaId));
            var written = new Dictionary<ISearchSource, List<SearchDocument>>();
            foreach (var source in sources) written[source] = [.. (await source.ReadAsync(db, SearchKeys.Everything, default)).Documents];
            var missing = new List<string>();
            foreach (var column in columns)
            {
                var name = column.Properties[0].Name;
                var type = column.PrincipalEntityType.ClrType;
                var writers = sources.Where(s => written[s].Any(d => SourceId(d, name) is not null)).ToList();
                var row = await (Task<object>)typeof(SearchIndexTests).GetMethod(nameof(AnyRowAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type).Invoke(null, [db])!;
                var entry = db.Attach(row);
                foreach (var state in new[] { EntityState.Added, EntityState.Modified, EntityState.Deleted })
                {
                    entry.State = state;
                    var watching = writers.Where(s => { var keys = new SearchKeys(); s.Collect(entry, keys); return !keys.IsEmpty; });
                    if (writers.Count == 0 || !watching.Any()) missing.Add($"{type.Name} ({state})");
                }
                entry.State = EntityState.Detached;
            }
            return missing;
        });
        Assert.Empty(unwatched);
    }

    [Fact]
    public async Task Each_kind_of_document_is_written_by_exactly_one_registered_source()
    {
        var writersByKind = await InScopeAsync(async (db, sources) =>
        {
            var kinds = new List<(SearchKind Kind, string Source)>();
            foreach (var source in sources)
                kinds.AddRange((await source.ReadAsync(db, SearchKeys.Everything, default)).Documents.Select(d => (d.Kind, source.GetType().Name)));
            return kinds.Distinct().GroupBy(k => k.Kind).ToDictionary(g => g.Key, g => g.Select(k => k.Source).ToList());
        });
        Assert.Equal(Enum.GetValues<SearchKind>().Order(), writersByKind.Keys.Order());
        Assert.All(writersByKind.Values, writers => Assert.Single(writers));
        Assert.Equal(["PlacesSearch"], writersByKind[SearchKind.Point]);
        Assert.Equal(["QuestionsSearch"], writersByKind[SearchKind.Faq]);
        Assert.Equal(["NewsSearch"], writersByKind[SearchKind.News]);
    }

    [Fact]
    public async Task A_sync_save_and_an_async_save_both_keep_the_index()
    {
        var question = await NewQuestionAsync("Zoeksynchroon: wie leent een ladder?");
        await InScopeAsync((db, _) =>
        {
            db.Questions.Add(question);
            return Task.FromResult(db.SaveChanges());
        });
        Assert.Equal(["Zoeksynchroon: wie leent een ladder?"], await TitlesAsync("Zoeksynchroon"));

        await InScopeAsync(async (db, _) =>
        {
            var q = await db.Questions.IgnoreQueryFilters().SingleAsync(x => x.Id == question.Id);
            q.Title = "Zoekasynchroon: wie leent een ladder?";
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await TitlesAsync("Zoeksynchroon"));
        Assert.Equal(["Zoekasynchroon: wie leent een ladder?"], await TitlesAsync("Zoekasynchroon"));
    }

    [Fact]
    public async Task A_save_whose_documents_cannot_be_written_is_undone_whole()
    {
        var question = await NewQuestionAsync($"Zoekmislukt {SearchIndexFactory.Failing}");
        await InScopeAsync(async (db, _) =>
        {
            db.Questions.Add(question);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Null(db.Database.CurrentTransaction);
            return 0;
        });
        Assert.False(await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().AnyAsync(q => q.Title.StartsWith("Zoekmislukt"))));
        Assert.Empty(await TitlesAsync("Zoekmislukt"));
    }

    [Fact]
    public async Task A_failed_save_rolls_back_and_the_next_save_of_the_same_context_commits()
    {
        var (fine, broken) = (await NewQuestionAsync("Zoekeerst: een goede vraag"), await NewQuestionAsync("Zoekkapot: bij een punt dat niet bestaat"));
        broken.PointId = int.MaxValue;
        await InScopeAsync(async (db, _) =>
        {
            db.Questions.AddRange(fine, broken);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Null(db.Database.CurrentTransaction);

            db.ChangeTracker.Clear();
            db.Questions.Add(await NewQuestionAsync("Zoeknadien: de volgende vraag"));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await TitlesAsync("Zoekeerst"));
        Assert.Empty(await TitlesAsync("Zoekkapot"));
        Assert.Equal(["Zoeknadien: de volgende vraag"], await TitlesAsync("Zoeknadien")); // committed, seen from another scope
    }

    [Fact]
    public async Task A_renamed_service_rewrites_the_points_that_offer_it_and_a_dropped_one_both_ends()
    {
        var (service, point) = await factory.WithDbAsync(async db =>
        {
            var s = await db.Services.IgnoreQueryFilters().Include(v => v.Points).FirstAsync(v => v.Points.Count > 0);
            s.NameNl = "Zoekdienst";
            await db.SaveChangesAsync();
            return (s.Id, s.Points[0].Id);
        });
        var offering = await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.Services.Any(v => v.Id == service)).Select(p => p.Id).ToListAsync());
        Assert.Equal(offering.Order(), await PointsMentioningAsync("Zoekdienst"));
        Assert.Equal(["Zoekdienst"], await TitlesAsync("Zoekdienst"));

        var pointName = await factory.WithDbAsync(async db =>
        {
            var p = await db.Points.IgnoreQueryFilters().Include(x => x.Services).SingleAsync(x => x.Id == point);
            p.Services.RemoveAll(v => v.Id == service);
            await db.SaveChangesAsync();
            return p.Name;
        });
        Assert.DoesNotContain(point, await PointsMentioningAsync("Zoekdienst"));
        var serviceText = await factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters().Where(d => d.ServiceId == service).Select(d => d.Text).SingleOrDefaultAsync());
        Assert.DoesNotContain(pointName, serviceText ?? "");
    }

    private Task<List<int>> PointsMentioningAsync(string word) => factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters()
        .Where(d => d.PointId != null && d.Text.Contains(word)).OrderBy(d => d.PointId).Select(d => d.PointId!.Value).ToListAsync());
}
