using System.Security.Claims;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Adds the entry to the pending changes when there is one: a service's step saves it with its own change.</summary>
    public void Add(AuditNote? note)
    {
        if (note is not null) Add(note.Action, note.Subject, note.Details);
    }

    /// <summary>Drops entries not yet saved (a step that was refused after its entry was added).</summary>
    public void DropPending()
    {
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            entry.State = EntityState.Detached;
    }

    /// <summary>For reads (viewing a file): store the entry now.</summary>
    public async Task RecordAsync(string action, Guid? subject = null, string? details = null, CancellationToken cancellationToken = default)
    {
        Add(action, subject, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>What a staff step on someone's data is recorded as, handed to the service that saves the step.</summary>
public sealed record AuditNote(string Action, Guid? Subject, string? Details = null);
