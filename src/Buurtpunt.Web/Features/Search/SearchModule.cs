using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Buurtpunt.Web.Features.Search;

/// <summary>Search over what every feature publishes (the features' search sources keep the index in step).</summary>
public sealed class SearchModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<SearchEngine>();
        // The index keeps itself in step as an interceptor of the context (DatabaseModule adds every registered interceptor).
        services.AddScoped<SearchIndex>();
        services.AddScoped<IInterceptor>(sp => sp.GetRequiredService<SearchIndex>());
    }

    public void AddPages(PageAccess pages) => pages.Public("Pages");
}

public static class SearchStartup
{
    /// <summary>The command that rewrites the whole search index: <c>dotnet run --project src/Buurtpunt.Web -- search-rebuild</c>.</summary>
    public const string RebuildCommand = "search-rebuild";

    /// <summary>
    /// Builds the index when a database has content but no documents yet (an upgrade from before
    /// search), and runs the rebuild command when asked. True when the app should stop after it.
    /// </summary>
    public static async Task<bool> PrepareSearchAsync(this WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SearchModule));
        var asked = args.Contains(RebuildCommand);
        if (asked || (!await db.SearchDocuments.IgnoreQueryFilters().AnyAsync() && await db.Points.IgnoreQueryFilters().AnyAsync()))
        {
            var count = await scope.ServiceProvider.GetRequiredService<SearchIndex>().RebuildAsync(db, CancellationToken.None);
            logger.LogInformation("Search index rebuilt: {Count} documents", count);
        }
        return asked;
    }
}
