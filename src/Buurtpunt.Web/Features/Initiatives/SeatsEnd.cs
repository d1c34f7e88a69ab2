using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>A person without a staff role no longer reviews: their seats in every call go, with a line in the audit trail.</summary>
public sealed class SeatsEnd(AppDbContext db, Audit audit) : IStaffRoleEnded
{
    public async Task EndAsync(Guid person, CancellationToken cancellationToken)
    {
        var seats = await db.CallSeats.Where(s => s.PersonId == person).ToListAsync(cancellationToken);
        if (seats.Count == 0) return;
        db.CallSeats.RemoveRange(seats);
        audit.Add(AuditActions.SeatsEnded, person, string.Join(", ", seats.Select(s => $"call {s.CallId} {s.Panel}{(s.IsChair ? " chair" : "")}")));
    }
}
