using System.Reflection;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Buurtpunt.Web.Data;

/// <summary>A save pointed a row at a row this municipality does not have (another municipality's, or none).</summary>
public sealed class ForeignReferenceException(string dependent, string principal)
    : InvalidOperationException($"A {dependent} may only refer to a {principal} of its own municipality.");

/// <summary>
/// The query filter hides other municipalities' rows, but an id posted in a form goes straight into a
/// foreign key: news of this municipality could point at another's area (or at nothing, a 500). So on
/// every save each changed reference from a municipality's row to another municipality-owned entity must
/// resolve to a row of the current municipality — checked with one query per referenced entity type,
/// none for rows already loaded or added in the same save. A page that trips it answers 404, like any
/// other unknown id (<see cref="ForeignReferenceFilter"/>).
/// </summary>
public static class TenantReferences
{
    private static readonly MethodInfo CountMethod = typeof(TenantReferences).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task CheckAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.CurrentMunicipalityId == 0) return; // no municipality: nothing is visible to check against
        var entries = db.ChangeTracker.Entries<ITenantOwned>().ToList();
        var wanted = new Dictionary<IEntityType, (IProperty Key, HashSet<object> Values, string Dependent)>();
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified))
            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                if (!typeof(ITenantOwned).IsAssignableFrom(foreignKey.PrincipalEntityType.ClrType) || foreignKey.Properties.Count != 1) continue;
                var property = entry.Property(foreignKey.Properties[0].Name);
                if (property.CurrentValue is not { } value || property.IsTemporary) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                if (!wanted.TryGetValue(foreignKey.PrincipalEntityType, out var set))
                    wanted[foreignKey.PrincipalEntityType] = set = (foreignKey.PrincipalKey.Properties[0], [], entry.Metadata.ClrType.Name);
                set.Values.Add(value);
            }
        if (wanted.Count == 0) return;

        // Rows in hand are of this municipality: loaded through the filter, or stamped on the way in.
        foreach (var entry in entries.Where(e => e.State != EntityState.Deleted && e.Entity.MunicipalityId == db.CurrentMunicipalityId))
            foreach (var (principal, set) in wanted)
                if (principal.IsAssignableFrom(entry.Metadata) && entry.Property(set.Key.Name).CurrentValue is { } key)
                    set.Values.Remove(key);

        foreach (var (principal, set) in wanted.Where(w => w.Value.Values.Count > 0))
        {
            var count = await (Task<int>)CountMethod.MakeGenericMethod(principal.ClrType, set.Key.ClrType)
                .Invoke(null, [db, set.Key.Name, set.Values, cancellationToken])!;
            if (count != set.Values.Count) throw new ForeignReferenceException(set.Dependent, principal.ClrType.Name);
        }
    }

    // The query filter keeps other municipalities' rows out of the count.
    private static Task<int> CountAsync<TEntity, TKey>(AppDbContext db, string keyName, HashSet<object> values, CancellationToken cancellationToken)
        where TEntity : class
    {
        var keys = values.Cast<TKey>().ToList();
        return db.Set<TEntity>().CountAsync(e => keys.Contains(EF.Property<TKey>(e, keyName)), cancellationToken);
    }

    /// <summary>Turns a page's <see cref="ForeignReferenceException"/> into 404 (the friendly page), not a 500.</summary>
    public static IServiceCollection AddTenantReferences(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o => o.Filters.Add<ForeignReferenceFilter>());
}

public sealed class ForeignReferenceFilter(ILogger<ForeignReferenceFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is ForeignReferenceException refused && !executed.ExceptionHandled)
        {
            logger.LogWarning("Refused a reference across municipalities on {Page}: {Reason}", context.ActionDescriptor.DisplayName, refused.Message);
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
    }
}
