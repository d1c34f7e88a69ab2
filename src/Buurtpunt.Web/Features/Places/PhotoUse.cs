using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Buurtpunt.Web.Features.Places;

/// <summary>Who may see a shared photo, as the feature that uses it decides: nobody, only this reader (never cached for others), or everyone.</summary>
public enum PhotoSeen { ByNobody, ByThisPerson, ByEveryone }

/// <summary>
/// A feature that shows photos of the shared store (news, project news) tells <c>/foto/</c> who may see
/// one of its photos; Places itself knows only points and the logo.
/// </summary>
public interface IPhotoUse
{
    Task<PhotoSeen> SeenAsync(int photoId, HttpContext http, DateTime utcNow, CancellationToken cancellationToken);
}

public static class PhotoUses
{
    public static IServiceCollection AddPhotoUse<T>(this IServiceCollection services) where T : class, IPhotoUse
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPhotoUse, T>());
        return services;
    }
}
