using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>Why a conflict of interest was recorded: declared by the reviewer, or recorded when they joined as co-applicant.</summary>
public enum ConflictKind { Declared, CoApplicant }

/// <summary>A person and an application they are party to, so do not review.</summary>
public sealed class ConflictParty
{
    public int ApplicationId { get; init; }
    public Guid PersonId { get; init; }
}

/// <summary>
/// The one rule for conflicts of interest, for every review view, step and export: nobody reviews an
/// application they applied for, joined as co-applicant, supported or declared a conflict on. Conflicts
/// are sticky: joining is recorded as a conflict when it happens, so removing a co-applicant later does
/// not give back their review rights.
/// </summary>
public static class Conflicts
{
    public static IQueryable<ConflictParty> Parties(AppDbContext db) =>
        db.Applications.Select(a => new ConflictParty { ApplicationId = a.Id, PersonId = a.ApplicantId })
            .Concat(db.CoApplicants.Where(c => c.PersonId != null).Select(c => new ConflictParty { ApplicationId = c.ApplicationId, PersonId = c.PersonId!.Value }))
            .Concat(db.Supports.Where(s => s.SupporterId != null).Select(s => new ConflictParty { ApplicationId = s.ApplicationId, PersonId = s.SupporterId!.Value }))
            .Concat(db.DeclaredConflicts.Select(c => new ConflictParty { ApplicationId = c.ApplicationId, PersonId = c.PersonId }));

    /// <summary>Everyone who does not review this application.</summary>
    public static async Task<HashSet<Guid>> OfAsync(AppDbContext db, int applicationId, CancellationToken cancellationToken) =>
        [.. await Parties(db).Where(p => p.ApplicationId == applicationId).Select(p => p.PersonId).ToListAsync(cancellationToken)];

    /// <summary>The applications this person does not review.</summary>
    public static async Task<HashSet<int>> ForAsync(AppDbContext db, Guid person, CancellationToken cancellationToken) =>
        [.. await Parties(db).Where(p => p.PersonId == person).Select(p => p.ApplicationId).ToListAsync(cancellationToken)];

    /// <summary>
    /// From now on this person is party to the application: the conflict is recorded (once) and scores
    /// they gave before no longer count. Call it in the transaction of the change that makes them party.
    /// </summary>
    public static async Task RecordAsync(AppDbContext db, int applicationId, Guid person, ConflictKind kind, string reason, DateTime now,
        CancellationToken cancellationToken)
    {
        await db.Assessments.Where(a => a.ApplicationId == applicationId && a.ReviewerId == person).ExecuteDeleteAsync(cancellationToken);
        if (await db.DeclaredConflicts.AnyAsync(c => c.ApplicationId == applicationId && c.PersonId == person, cancellationToken)) return;
        db.DeclaredConflicts.Add(new DeclaredConflict { ApplicationId = applicationId, PersonId = person, Kind = kind, Reason = reason, DeclaredUtc = now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
