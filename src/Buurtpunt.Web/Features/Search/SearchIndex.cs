using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Buurtpunt.Web.Features.Search;

/// <summary>
/// Keeps the search documents in step with what they describe, for every <see cref="ISearchSource"/>
/// the features registered. It intercepts every save of the context: before it, it asks the sources
/// what the changed rows touch and opens a transaction when none is open; after it, it rewrites those
/// documents and commits. So search never finds what is gone, hidden or private, nor misses what is
/// new, and a save that fails leaves neither its rows nor their documents. Bulk changes that bypass
/// the change tracker call <see cref="RefreshAsync"/>; <see cref="RebuildAsync"/> rewrites everything.
/// </summary>
public sealed class SearchIndex(IEnumerable<ISearchSource> sources) : SaveChangesInterceptor
{
    private readonly ISearchSource[] _sources = [.. sources];

    // The saves under way, by context. The documents are written by a save of the same context,
    // inside the first one: that one is let through.
    private readonly Dictionary<DbContext, Save> _saves = [];

    private sealed class Save(List<Touched> touched, IDbContextTransaction? transaction)
    {
        public List<Touched> Touched { get; } = touched;
        /// <summary>The transaction this save began, so ours to commit; null inside the caller's.</summary>
        public IDbContextTransaction? Transaction { get; } = transaction;
        public bool Writing { get; set; }
    }

    private sealed record Touched(ISearchSource Source, SearchKeys Keys);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || _saves.ContainsKey(db)) return result;
        var touched = Collect(db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList());
        if (touched.Count == 0) return result;
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        _saves[db] = new Save(touched, transaction);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || !_saves.TryGetValue(db, out var save) || save.Writing) return result;
        save.Writing = true;
        // A failure from here on reaches SaveChangesFailed, which rolls back.
        await WriteAsync(db, save.Touched, cancellationToken);
        if (save.Transaction is not null) await save.Transaction.CommitAsync(cancellationToken);
        await EndAsync(db);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => EndAsync(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) => EndAsync(eventData.Context);

    // AppDbContext saves through the async path; these serve a context that would not.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndAsync(eventData.Context).GetAwaiter().GetResult();

    public override void SaveChangesCanceled(DbContextEventData eventData) => EndAsync(eventData.Context).GetAwaiter().GetResult();

    // Disposing the transaction we began rolls it back unless it was committed.
    private async Task EndAsync(DbContext? context)
    {
        if (context is null || !_saves.Remove(context, out var save)) return;
        if (save.Transaction is not null) await save.Transaction.DisposeAsync();
    }

    /// <summary>
    /// Rewrites the documents of rows changed behind the change tracker (<c>ExecuteUpdate</c>,
    /// <c>ExecuteDelete</c>): pass each row as loaded, before or after the change.
    /// </summary>
    public async Task RefreshAsync(AppDbContext db, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var touched = Collect(entities.Select(e => db.Entry(e)).ToList());
        if (touched.Count == 0) return;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await WriteAsync(db, touched, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Rewrites the documents of these rows, by id (rows that are gone are skipped).</summary>
    public async Task RefreshAsync<TEntity>(AppDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken) where TEntity : class
    {
        var key = db.Model.FindEntityType(typeof(TEntity))!.FindPrimaryKey()!.Properties.Single().Name;
        var list = ids.ToList();
        var rows = await db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().Where(e => list.Contains(EF.Property<int>(e, key))).ToListAsync(cancellationToken);
        await RefreshAsync(db, rows, cancellationToken);
    }

    /// <summary>Rewrites every document of every municipality; the engine's index follows.</summary>
    public async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.SearchDocuments.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES ('rebuild')", cancellationToken);
        await WriteAsync(db, [.. _sources.Select(s => new Touched(s, SearchKeys.Everything))], cancellationToken);
        return await db.SearchDocuments.IgnoreQueryFilters().CountAsync(cancellationToken);
    }

    private List<Touched> Collect(IReadOnlyList<EntityEntry> entries)
    {
        var touched = _sources.Select(s => new Touched(s, new SearchKeys())).ToList();
        foreach (var entry in entries)
            foreach (var t in touched) t.Source.Collect(entry, t.Keys);
        return touched.Where(t => !t.Keys.IsEmpty).ToList();
    }

    // Old documents of what was touched go, new ones come (an update is a delete and an insert for
    // the full-text index anyway). Reads run with the filters lifted: the ids come from rows this
    // context wrote or from the rebuild, and the demo seeder has no current municipality.
    private static async Task WriteAsync(AppDbContext db, List<Touched> touched, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>();
        foreach (var (source, keys) in touched)
        {
            var rewrite = await source.ReadAsync(db, keys, cancellationToken);
            if (!keys.All) await db.SearchDocuments.IgnoreQueryFilters().Where(rewrite.Replaces).ExecuteDeleteAsync(cancellationToken);
            documents.AddRange(rewrite.Documents);
        }
        if (documents.Count == 0) return;
        db.SearchDocuments.AddRange(documents);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var document in documents) db.Entry(document).State = EntityState.Detached;
    }
}
