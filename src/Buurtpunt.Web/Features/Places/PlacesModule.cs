using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Storage;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places;

public static class PlacesModule
{
    public static IServiceCollection AddPlaces(this IServiceCollection services)
    {
        services.AddScoped<OpeningHoursLoader>();
        services.AddScoped<OpeningStatusText>();
        services.AddScoped<PointCards>();
        services.AddScoped<PlaceChanges>();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<Shared.Text.SafeMarkdown>();
        return services;
    }

    public static void MapPlaces(this WebApplication app) =>
        // The query filter makes another municipality's photo id unknown here: 404.
        app.MapGet("/foto/{id:int}/{size}", async (int id, string size, AppDbContext db, PhotoStore store, CancellationToken cancellationToken) =>
        {
            var photo = await db.Photos.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.MunicipalityId, p.StorageKey }).SingleOrDefaultAsync(cancellationToken);
            var path = photo is null ? null : store.PathOf(photo.MunicipalityId, photo.StorageKey, size);
            return path is null
                ? Results.NotFound()
                : Results.File(path, "image/jpeg", enableRangeProcessing: false, lastModified: null,
                    entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{photo!.StorageKey}-{size}\""));
        });
}
