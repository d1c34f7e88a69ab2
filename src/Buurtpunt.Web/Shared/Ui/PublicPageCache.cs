using System.Globalization;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.OutputCaching;

namespace Buurtpunt.Web.Shared.Ui;

/// <summary>
/// Public pages are the same for every anonymous visitor of a municipality in one language,
/// so they are cached briefly and dropped as soon as an administrator changes something.
/// Signed-in visitors and responses that set cookies are never cached (framework default).
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-page";
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public static string Tag(int municipalityId) => $"municipality-{municipalityId}";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            var enabled = configuration.GetValue("OutputCache:Enabled", true);
            o.AddPolicy(PolicyName, b => b
                .With(_ => enabled)
                .Expire(Duration)
                .VaryByValue(_ => new("culture", CultureInfo.CurrentUICulture.Name))
                .SetVaryByHeader("Accept-Encoding")
                .Tag("public")
                .AddPolicy<MunicipalityTag>());
        });
        return services;
    }

    /// <summary>Drop every cached page of a municipality, after any change to its places.</summary>
    public static Task EvictAsync(this IOutputCacheStore store, int municipalityId, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Tag(municipalityId), cancellationToken).AsTask();

    private sealed class MunicipalityTag : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            PublicPageCompression.MarkPublic(context.HttpContext);
            if (context.HttpContext.RequestServices.GetRequiredService<CurrentMunicipality>().Id is { } id)
                context.Tags.Add(Tag(id));
            else
                context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
