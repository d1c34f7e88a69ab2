using System.Linq.Expressions;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Buurtpunt.Web.Shared.Modules;

/// <summary>
/// What a feature makes findable (Decidim's "searchable resource"). Search's index shows every
/// changed row of a save to every source (<see cref="Collect"/>, before the save) and then asks
/// each source that noted something for its documents (<see cref="ReadAsync"/>, after the save,
/// in the same transaction); the rebuild asks every source for everything. A feature adds one
/// class and one line in its module: <c>services.AddSearchSource&lt;MySearch&gt;();</c>.
/// </summary>
/// <remarks>
/// A source gets the context as an argument rather than from its constructor: the index is an
/// interceptor of that very context. It reads its own tables (and Places' catalogue of areas and
/// points); it never reads or writes the documents themselves, it says which ones it replaces.
/// </remarks>
public interface ISearchSource
{
    /// <summary>
    /// Notes in <paramref name="keys"/> which of this source's documents a change of this row
    /// rewrites (nothing for a row it does not describe). The row is Added, Modified or Deleted,
    /// or as it is when someone changed it behind the change tracker.
    /// </summary>
    void Collect(EntityEntry entry, SearchKeys keys);

    /// <summary>
    /// The documents of what <paramref name="keys"/> holds (every document when
    /// <see cref="SearchKeys.All"/>) as they must now read, and the existing documents they replace.
    /// Only what anyone may see: what is private, hidden or gone simply has no document. Filters
    /// are lifted: the seeder and the rebuild have no current municipality.
    /// </summary>
    Task<SearchRewrite> ReadAsync(AppDbContext db, SearchKeys keys, CancellationToken cancellationToken);
}

/// <summary>The documents to write, and the old documents they replace (deleted first).</summary>
public sealed record SearchRewrite(IReadOnlyList<SearchDocument> Documents, Expression<Func<SearchDocument, bool>> Replaces);

/// <summary>
/// The ids a source noted during a save, in named sets of its own choosing ("points",
/// "points-of-services" …). Read after the save: new rows get their ids in the save, so an id
/// may be noted before it exists, while a deleted row's relations are read before they are gone.
/// </summary>
public sealed class SearchKeys
{
    private readonly Dictionary<string, List<Func<int?>>> _sets = [];

    /// <summary>Every document, for the rebuild.</summary>
    public static SearchKeys Everything => new() { All = true };

    public bool All { get; private init; }

    public bool IsEmpty => !All && _sets.Count == 0;

    /// <summary>
    /// Notes the id a property of this row holds (its own key by default, or a foreign key): as it
    /// was before the save when the row existed, and as it will be after the save unless the row is
    /// deleted. A null foreign key notes nothing.
    /// </summary>
    public void Add(string set, EntityEntry entry, string property = "Id")
    {
        var value = entry.Property(property);
        var ids = Set(set);
        if (entry.State is EntityState.Modified or EntityState.Deleted)
        {
            var before = value.OriginalValue as int?;
            ids.Add(() => before);
        }
        if (entry.State is EntityState.Added or EntityState.Modified)
            ids.Add(() => value.CurrentValue as int?);
        else if (entry.State is EntityState.Unchanged or EntityState.Detached)
        {
            var now = value.CurrentValue as int?;
            ids.Add(() => now);
        }
    }

    /// <summary>The distinct ids of a set (empty when none were noted); call it after the save.</summary>
    public List<int> this[string set] =>
        _sets.TryGetValue(set, out var ids) ? ids.Select(id => id()).OfType<int>().Distinct().ToList() : [];

    private List<Func<int?>> Set(string set)
    {
        if (!_sets.TryGetValue(set, out var ids)) _sets[set] = ids = [];
        return ids;
    }
}

public static class SearchSources
{
    /// <summary>Makes a feature's documents findable; Search's index picks up every source registered this way.</summary>
    public static IServiceCollection AddSearchSource<TSource>(this IServiceCollection services) where TSource : class, ISearchSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ISearchSource, TSource>());
        return services;
    }
}
