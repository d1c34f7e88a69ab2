using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;

namespace Buurtpunt.Web.Features.Help;

/// <summary>Neighbour help: requests, volunteers and the matcher.</summary>
public sealed class HelpModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<HelpWork>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, HelpRequestHandler>();
        services.AddDemoSeed<HelpDemo>();
        services.AddPersonalDataSource<HelpPersonalData>();
    }

    /// <summary>Residents ask and offer help signed in; the desk is for workers, in a two-step session.</summary>
    public void AddPages(PageAccess pages) => pages
        .SignedIn("Pages")
        .Staff(PeopleModule.WorkerPolicy, "Desk");
}
