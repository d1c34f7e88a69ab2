using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Printing;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;

namespace Buurtpunt.Web.Shared;

/// <summary>What every feature stands on, registered before the features' modules.</summary>
public static class Platform
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var (services, configuration, environment) = (builder.Services, builder.Configuration, builder.Environment);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MunicipalClock>();
        services.AddTenancy();
        services.AddDatabase(configuration, environment);
        services.AddLocalisation();
        services.AddPrinting();
        services.AddMail(configuration);
        services.AddRateLimits(configuration);
        services.AddProxies(configuration);
        services.AddPublicPageCache(configuration);
        services.AddPublicPageCompression();
        services.AddServerHardening(configuration, environment);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "buurtpunt.af";
            o.Cookie.SecurePolicy = SecureCookies.Policy(configuration, environment);
        });
        return builder;
    }
}
