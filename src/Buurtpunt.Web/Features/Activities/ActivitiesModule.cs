namespace Buurtpunt.Web.Features.Activities;

public static class ActivitiesModule
{
    public static IServiceCollection AddActivities(this IServiceCollection services) =>
        services.AddScoped<Registrations>().AddScoped<ActivityMails>().AddScoped<AgendaRows>();
}
