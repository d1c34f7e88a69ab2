using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Buurtpunt.Web.Features.Help;

/// <summary>Neighbour help: its services and who reaches its pages.</summary>
public static class HelpModule
{
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddScoped<HelpWork>()
        .AddPersonalDataSource<HelpPersonalData>();

    /// <summary>Residents ask and offer help signed in; the desk is for workers, in a two-step session.</summary>
    public static PageConventionCollection AddHelpPages(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Help/Pages");
        conventions.AuthorizeFolder("/Help/Desk", PeopleModule.WorkerPolicy);
        conventions.AddFolderApplicationModelConvention("/Help/Desk", m => m.Filters.Add(new RequireTwoStepForStaff()));
        return conventions;
    }
}
