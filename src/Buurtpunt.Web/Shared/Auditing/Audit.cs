using System.Security.Claims;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Shared.Auditing;

/// <summary>Records staff actions on personal data, in the same transaction as the action when there is one.</summary>
public sealed class Audit(AppDbContext db, IHttpContextAccessor http, MunicipalClock clock)
{
    /// <summary>Adds the entry to the pending changes; the caller's SaveChanges stores both together.</summary>
    public void Add(string action, Guid? subject = null, string? details = null)
    {
        var actor = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.UtcNow, Action = action, SubjectUserId = subject,
            ActorUserId = Guid.TryParse(actor, out var id) ? id : null,
            Details = details is { Length: > AuditEntry.DetailsMaxLength } ? details[..AuditEntry.DetailsMaxLength] : details,
        });
    }

    /// <summary>For reads (viewing a file): store the entry now.</summary>
    public async Task RecordAsync(string action, Guid? subject = null, string? details = null, CancellationToken cancellationToken = default)
    {
        Add(action, subject, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
