using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Initiatives;

public static class InitiativesModule
{
    public static IServiceCollection AddInitiatives(this IServiceCollection services) =>
        services.AddScoped<Applications>().AddScoped<Reviews>().AddScoped<People.IStaffRoleEnded, SeatsEnd>().AddScoped<Projects>().AddScoped<Supports>().AddScheduledJob<EvaluationReminders>()
            .AddPersonalDataSource<InitiativesPersonalData>();
}
