using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Storage;

namespace Buurtpunt.Web.Features.Places;

/// <summary>Areas and points: the catalogue every feature hangs on, its opening hours and photos.</summary>
public sealed class PlacesModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<OpeningHoursLoader>();
        services.AddScoped<OpeningStatusText>();
        services.AddScoped<PointCards>();
        services.AddScoped<PlaceChanges>();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<Shared.Text.SafeMarkdown>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, AreaScopeHandler>();
        services.AddSitemapSource<PlacesSitemap>();
        services.AddSearchSource<PlacesSearch>();
        services.AddDemoSeed<PlacesDemo>();
    }

    /// <summary>Leads and workers reach the points they tend; the rest of /beheer is for administrators.</summary>
    public void AddPages(PageAccess pages) => pages
        .Public("Pages")
        .Staff(PeopleModule.TenderPolicy, "Admin")
        .Staff(PeopleModule.AdministratorPolicy, "Admin/MunicipalitySettings", "Admin/Areas", "Admin/AreaEdit", "Admin/PointEdit", "Admin/Services", "Admin/StatementsEdit")
        .Route("Admin/PointEdit", "/beheer/punten/nieuw");

    public void MapEndpoints(WebApplication app) => app.MapPhotos();
}
