using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Storage;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Buurtpunt.Web.Features.Forms;

/// <summary>The questionnaire engine's services and the form builder's pages (administrators, two steps).</summary>
public static class FormsModule
{
    public static IServiceCollection AddForms(this IServiceCollection services) =>
        services.AddScoped<FormReader>().AddScoped<FormStore>().AddSingleton<AttachmentStore>()
            .AddPersonalDataSource<FormsPersonalData>();

    public static PageConventionCollection AddFormsPages(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Forms/Admin", PeopleModule.AdministratorPolicy);
        conventions.AddFolderApplicationModelConvention("/Forms/Admin", m => m.Filters.Add(new RequireTwoStepForStaff()));
        return conventions;
    }
}
