using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.AspNetCore.Authorization;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>Questions residents ask at a point, their answers, moderation and the FAQ.</summary>
public sealed class QuestionsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton<IAuthorizationHandler, QuestionHandler>();
        services.AddScoped<QuestionMails>();
        services.AddScoped<Moderator>();
        services.AddSitemapSource<QuestionsSitemap>();
        services.AddSearchSource<QuestionsSearch>();
        services.AddDemoSeed<QuestionsDemo>();
        services.AddPersonalDataSource<QuestionsPersonalData>();
    }

    /// <summary>Anyone reads; asking needs an account; workers keep the FAQ and the reports.</summary>
    public void AddPages(PageAccess pages) => pages
        .Public("Pages")
        .SignedIn("Pages/Ask")
        .Staff(PeopleModule.WorkerPolicy, "Pages/MakeFaq", "Pages/EditFaq", "Pages/Reports")
        .Route("Pages/Faq", "/punt/{slug}/faq");
}
