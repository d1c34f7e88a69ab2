using Buurtpunt.Web.Shared.Modules;
using Microsoft.AspNetCore.Authorization;

namespace Buurtpunt.Web.Features.Questions;

public static class QuestionsModule
{
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, QuestionHandler>();
        services.AddSearchSource<QuestionsSearch>();
        services.AddScoped<QuestionMails>();
        services.AddScoped<Moderator>();
        return services;
    }
}
