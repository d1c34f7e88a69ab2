using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Buurtpunt.Web.Shared.Tenancy;

/// <summary>
/// Maps host names to municipalities. Read on nearly every request, changed rarely, so it is
/// kept in memory and dropped whenever an administrator changes a municipality.
/// </summary>
public sealed class MunicipalityDirectory(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private const string CacheKey = "municipality-directory";

    public async Task<MunicipalityInfo?> ResolveAsync(string host, CancellationToken cancellationToken = default)
    {
        var snapshot = await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return await LoadAsync(cancellationToken);
        }) ?? Snapshot.Empty;

        // With one municipality, any host serves it: no host set-up needed to get started.
        if (snapshot.All.Count == 1) return snapshot.All[0];
        return snapshot.ByHost.GetValueOrDefault(NormaliseHost(host));
    }

    public void Invalidate() => cache.Remove(CacheKey);

    public static string NormaliseHost(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipalities = await db.Municipalities.IgnoreQueryFilters().AsNoTracking()
            .Select(m => new { m.Id, m.Name, m.LogoPhotoId, Hosts = m.Hosts.OrderBy(h => h.Id).Select(h => h.Host).ToList() })
            .ToListAsync(cancellationToken);
        var infos = municipalities.Select(m => new MunicipalityInfo(m.Id, m.Name, m.LogoPhotoId, m.Hosts)).ToList();
        var byHost = infos
            .SelectMany(m => m.Hosts.Select(h => (Host: h, Info: m)))
            .ToDictionary(x => x.Host, x => x.Info, StringComparer.OrdinalIgnoreCase);
        return new Snapshot(infos, byHost);
    }

    private sealed record Snapshot(IReadOnlyList<MunicipalityInfo> All, IReadOnlyDictionary<string, MunicipalityInfo> ByHost)
    {
        public static readonly Snapshot Empty = new([], new Dictionary<string, MunicipalityInfo>());
    }
}
