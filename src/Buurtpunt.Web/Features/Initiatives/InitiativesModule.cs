using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>Citizen-initiative grants: calls, applications, their review chain, projects and the showcase.</summary>
public sealed class InitiativesModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<Applications>().AddScoped<Reviews>().AddScoped<IStaffRoleEnded, SeatsEnd>().AddScoped<Projects>().AddScoped<Supports>();
        services.AddScheduledJob<EvaluationReminders>();
        services.AddSitemapSource<InitiativesSitemap>();
        services.AddPhotoUse<ProjectPhotos>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ApplicationHandler>();
        services.AddDemoSeed<InitiativesDemo>();
        services.AddPersonalDataSource<InitiativesPersonalData>();
    }

    /// <summary>
    /// Calls and the showcase are public; an application and what hangs on it need an account (the page checks
    /// whose it is); reviewers' seats are checked per call in a two-step session; calls are set up by administrators.
    /// </summary>
    public void AddPages(PageAccess pages) => pages
        .Public("Pages")
        .SignedIn("Pages/ApplicationPage", "Pages/MyApplications", "Pages/ProjectPage", "Pages/EvaluationPage", "Pages/CoApplicantsPage", "Pages/JoinPage")
        .SignedInTwoStepsForStaff("Review")
        .Staff(PeopleModule.AdministratorPolicy, "Admin");

    public void MapEndpoints(WebApplication app) => app.MapInitiativeDownloads();
}
