using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Storage;

namespace Buurtpunt.Web.Features.Forms;

/// <summary>The questionnaire engine's services and the form builder's pages (administrators, two steps).</summary>
public sealed class FormsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<FormReader>().AddScoped<FormStore>().AddSingleton<AttachmentStore>();
        services.AddPersonalDataSource<FormsPersonalData>();
    }

    public void AddPages(PageAccess pages) => pages.Staff(PeopleModule.AdministratorPolicy, "Admin");
}
