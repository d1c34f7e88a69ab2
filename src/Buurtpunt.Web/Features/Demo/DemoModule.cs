namespace Buurtpunt.Web.Features.Demo;

public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<DemoSeeder>();
}
