using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace Buurtpunt.Web.Shared.Tenancy;

public static class TenancyModule
{
    public const string UnknownMunicipalityPath = "/onbekende-gemeente";

    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<MunicipalityDirectory>();
        services.AddScoped<CurrentMunicipality>();
        services.AddHttpContextAccessor();
        services.AddScoped<PublicLinks>();
        return services;
    }

    /// <summary>
    /// Selects the municipality by host name. An unknown host is answered with the translated
    /// "unknown municipality" page and status 404; nothing else of the site is reachable then.
    /// </summary>
    public static IApplicationBuilder UseTenancy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var directory = context.RequestServices.GetRequiredService<MunicipalityDirectory>();
        MunicipalityInfo? info;
        try
        {
            info = await directory.ResolveAsync(context.Request.Host.Host, context.RequestAborted);
        }
        catch (Exception e) when (context.Features.Get<IExceptionHandlerFeature>() is not null && DatabaseUnavailable.Is(e))
        {
            // The error page telling that the database is unavailable is shown without the municipality's name.
            await next(context);
            return;
        }
        if (info is null)
        {
            context.Request.Path = UnknownMunicipalityPath;
            context.Request.Method = HttpMethods.Get;
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else
        {
            context.RequestServices.GetRequiredService<CurrentMunicipality>().Set(info);
        }
        await next(context);
    });
}
