using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Storage;

namespace Buurtpunt.Web.Features.Places;

public static class PlacesModule
{
    public static IServiceCollection AddPlaces(this IServiceCollection services)
    {
        services.AddScoped<OpeningHoursLoader>();
        services.AddScoped<OpeningStatusText>();
        services.AddScoped<PointCards>();
        services.AddScoped<PlaceChanges>();
        services.AddSearchSource<PlacesSearch>();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<Shared.Text.SafeMarkdown>();
        return services;
    }

    public static void MapPlaces(this WebApplication app) => app.MapPhotos();
}
