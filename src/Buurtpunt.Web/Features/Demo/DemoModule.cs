using Buurtpunt.Web.Shared.Modules;

namespace Buurtpunt.Web.Features.Demo;

/// <summary>The demo data (<c>Demo:Seed</c>): two municipalities with points, people and something in every programme.</summary>
public sealed class DemoModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddScoped<DemoSeeder>();

    public void AddPages(PageAccess pages) { } // no pages
}
