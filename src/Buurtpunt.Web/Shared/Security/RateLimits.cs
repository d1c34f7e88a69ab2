using System.Threading.RateLimiting;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.RateLimiting;

namespace Buurtpunt.Web.Shared.Security;

/// <summary>
/// Slows down guessing and mail bombing: a tight limit per address on everything that signs in
/// or sends mail, a wider one on every other form. Exceeding it shows the translated 429 page.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var postsPerMinute = configuration.GetValue("RateLimits:PostsPerMinute", 60);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading the sign-in page is free; only the attempts count.
            o.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(Client(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads"));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || context.Request.Path.StartsWithSegments("/fout")
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetFixedWindowLimiter(Client(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    // Per client address and municipality: the municipality, not the raw Host header, so that
    // inventing host names (served when only one municipality exists) does not reset the count.
    private static string Client(HttpContext context) =>
        $"{context.Connection.RemoteIpAddress?.ToString() ?? "local"}|{context.RequestServices.GetRequiredService<CurrentMunicipality>().Id}";
}
