using System.Security.Claims;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.DataProtection;

namespace Buurtpunt.Web.Features.People;

/// <summary>The person on whose behalf something is done, and the worker who entered it (null when the person did it).</summary>
public sealed record Actor(Guid PersonId, Guid? EnteredById);

/// <summary>
/// A community worker acting for an assisted resident. The choice lives in a protected,
/// session-only cookie bound to the worker; every request re-checks the worker's right and the
/// resident's consent, so a revoked role or withdrawn consent ends it at once. Features ask
/// <see cref="ActorAsync"/> who acts and store both ids: "entered by the worker for the resident".
/// </summary>
public sealed class OnBehalf(
    IHttpContextAccessor http, ResidentFiles files, IDataProtectionProvider protection,
    Audit audit, IConfiguration configuration, IHostEnvironment environment)
{
    public const string CookieName = "buurtpunt.namens";

    public sealed record Acting(Guid ResidentId, string ResidentName, Guid WorkerId);

    /// <summary>Acting for someone lasts a working day at most, even in a browser that restores its session cookies.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Buurtpunt.OnBehalf").ToTimeLimitedDataProtector();
    private Acting? current;
    private bool resolved;

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request.");

    /// <summary>The resident the signed-in worker acts for now, or null.</summary>
    public async Task<Acting?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (resolved) return current;
        resolved = true;
        if (!Context.Request.Cookies.TryGetValue(CookieName, out var value) || WorkerId() is not { } workerId) return null;
        string payload;
        try { payload = protector.Unprotect(value); }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
        var parts = payload.Split(':');
        if (parts.Length != 2 || parts[0] != workerId.ToString() || !Guid.TryParse(parts[1], out var residentId)) return null;
        var file = await files.FindAsync(residentId, cancellationToken);
        if (file is null || !await files.MayAsync(file, ResidentOperations.ActFor)) return null;
        return current = new Acting(residentId, file.Name, workerId);
    }

    /// <summary>Who does what a page is about to store: the resident (entered by the worker) or the signed-in person.</summary>
    public async Task<Actor?> ActorAsync(CancellationToken cancellationToken = default)
    {
        if (await CurrentAsync(cancellationToken) is { } acting) return new Actor(acting.ResidentId, acting.WorkerId);
        return WorkerId() is { } self ? new Actor(self, null) : null;
    }

    /// <summary>Starts acting for the resident; false when the worker may not (no right, no consent).</summary>
    public async Task<bool> StartAsync(Guid residentId, CancellationToken cancellationToken)
    {
        if (WorkerId() is not { } workerId) return false;
        var file = await files.FindAsync(residentId, cancellationToken);
        if (file is null || !await files.MayAsync(file, ResidentOperations.ActFor)) return false;
        Context.Response.Cookies.Append(CookieName, protector.Protect($"{workerId}:{residentId}", Lifetime), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Path = "/",
            Secure = SecureCookies.Policy(configuration, environment) == CookieSecurePolicy.Always || Context.Request.IsHttps,
        });
        await audit.RecordAsync(AuditActions.ActingStarted, residentId, cancellationToken: cancellationToken);
        return true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (await CurrentAsync(cancellationToken) is { } acting)
            await audit.RecordAsync(AuditActions.ActingStopped, acting.ResidentId, cancellationToken: cancellationToken);
        Context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
        current = null;
    }

    private Guid? WorkerId() =>
        Context.User.PersonId();
}
