using Buurtpunt.Web.Shared.Localisation;

namespace Buurtpunt.Web.Shared.Modules;

/// <summary>
/// What a feature declares to the platform, in one place (<c>Features/&lt;X&gt;/&lt;X&gt;Module.cs</c>): its
/// services — and through them what it contributes to the platform's loops (personal data, search,
/// sitemap, demo, scheduled jobs) —, who reaches its pages, and its endpoints that are not pages.
/// <c>Program.cs</c> lists the modules; the platform loops over them.
/// </summary>
public interface IFeatureModule
{
    /// <summary>The feature's folder under <c>Features/</c>: its pages' paths start with it.</summary>
    string Folder => GetType().Name.EndsWith("Module", StringComparison.Ordinal) ? GetType().Name[..^"Module".Length] : GetType().Name;

    void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment);

    /// <summary>The access rule of every page of the feature (a test fails when one has none).</summary>
    void AddPages(PageAccess pages);

    /// <summary>Endpoints that are not Razor pages (feeds, downloads).</summary>
    void MapEndpoints(WebApplication app) { }
}

public static class FeatureModules
{
    /// <summary>Registers each module's services and keeps the list for the pages and the endpoints.</summary>
    public static WebApplicationBuilder AddFeatures(this WebApplicationBuilder builder, params IFeatureModule[] modules)
    {
        builder.Services.AddSingleton(new ModuleList(modules));
        var rules = new PageRules();
        builder.Services.AddSingleton(rules);
        foreach (var module in modules)
            module.AddServices(builder.Services, builder.Configuration, builder.Environment);
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.ConfigureFilter(new Ui.UnknownHandler());
                foreach (var module in modules)
                    module.AddPages(new PageAccess(o.Conventions, module.Folder, rules));
            })
            .AddLocalisedValidation();
        return builder;
    }

    public static void MapFeatures(this WebApplication app)
    {
        foreach (var module in app.Services.GetRequiredService<ModuleList>().Modules)
            module.MapEndpoints(app);
        app.MapRazorPages();
    }
}

/// <summary>The modules of this app, in the order Program.cs lists them.</summary>
public sealed record ModuleList(IReadOnlyList<IFeatureModule> Modules);
