using System.Globalization;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.OutputCaching;

namespace Buurtpunt.Web.Shared.Ui;

/// <summary>
/// Public pages are the same for every anonymous visitor of a municipality in one language,
/// so they are cached briefly and dropped as soon as an administrator changes something.
/// Signed-in visitors and responses that set cookies are never cached (framework default).
/// The key holds only what changes the page: the query keys the page itself reads
/// (<see cref="KnownQueryKeys"/>) and the compression the visitor gets, so a request made
/// different on purpose (a random key or Accept-Encoding) is still served from the cache.
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-page";
    /// <summary>
    /// Costly outputs that registrations do not change (calendar feeds, the brochure and its PDF):
    /// kept 10 minutes and dropped only when content changes, not when someone takes a place.
    /// </summary>
    public const string FeedPolicyName = "public-feed";
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan FeedDuration = TimeSpan.FromMinutes(10);

    public static string Tag(int municipalityId) => $"municipality-{municipalityId}";
    public static string FeedTag(int municipalityId) => $"feeds-{municipalityId}";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            var enabled = configuration.GetValue("OutputCache:Enabled", true);
            o.AddPolicy(PolicyName, b => b
                .With(_ => enabled)
                .Expire(Duration)
                .VaryByValue(_ => new("culture", CultureInfo.CurrentUICulture.Name))
                .VaryByValue(Encoding)
                .Tag("public")
                .AddPolicy<PageTag>());
            o.AddPolicy(FeedPolicyName, b => b
                .With(_ => enabled)
                .Expire(FeedDuration)
                .VaryByValue(_ => new("culture", CultureInfo.CurrentUICulture.Name))
                .VaryByValue(Encoding)
                .Tag("public")
                .AddPolicy<FeedTagPolicy>());
        });
        return services;
    }

    /// <summary>Drop every cached page of a municipality (and its feeds, unless only places were taken).</summary>
    public static async Task EvictAsync(this IOutputCacheStore store, int municipalityId, bool feedsToo = true, CancellationToken cancellationToken = default)
    {
        await store.EvictByTagAsync(Tag(municipalityId), cancellationToken);
        if (feedsToo) await store.EvictByTagAsync(FeedTag(municipalityId), cancellationToken);
    }

    // The encoding the response will be compressed with, not the raw header, which anyone may vary at will.
    private static KeyValuePair<string, string> Encoding(HttpContext context) =>
        new("encoding", context.RequestServices.GetRequiredService<Microsoft.AspNetCore.ResponseCompression.ResponseCompressionProvider>()
            .GetCompressionProvider(context)?.EncodingName ?? "identity");

    private sealed class PageTag() : MunicipalityTag(Tag);

    private sealed class FeedTagPolicy() : MunicipalityTag(FeedTag);

    private abstract class MunicipalityTag(Func<int, string> tag) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            PublicPageCompression.MarkPublic(context.HttpContext);
            if (context.HttpContext.GetEndpoint() is { } endpoint)
                context.CacheVaryByRules.QueryKeys = KnownQueryKeys.Of(endpoint);
            if (context.HttpContext.RequestServices.GetRequiredService<CurrentMunicipality>().Id is { } id)
                context.Tags.Add(tag(id));
            else
                context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
