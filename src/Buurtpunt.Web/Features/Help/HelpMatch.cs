using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Help;

public enum MatchStatus { Proposed, Accepted, Declined, Withdrawn, Done }

/// <summary>
/// One volunteer proposed for one request. A request has at most one live match (proposed or
/// accepted); declined and withdrawn ones stay as history, so the next round skips the volunteers
/// who said no. The volunteer sees the address and phone only once <see cref="Status"/> is accepted.
/// </summary>
public class HelpMatch : ITenantOwned
{
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int RequestId { get; set; }
    public HelpRequest? Request { get; set; }
    public int VolunteerId { get; set; }
    public Volunteer? Volunteer { get; set; }
    public MatchStatus Status { get; set; }
    /// <summary>The weekly minutes this match holds of the volunteer's time (given back when it ends).</summary>
    public int Minutes { get; set; }
    public double DistanceKm { get; set; }
    public DateTime ProposedUtc { get; set; }
    public Guid? ProposedById { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    /// <summary>Why the volunteer declined, in their words (optional, seen by staff).</summary>
    public string? DeclineNote { get; set; }
    /// <summary>The requester's thanks once the help was given, shown to the volunteer.</summary>
    public string? Thanks { get; set; }
    public DateTime? ThankedUtc { get; set; }
}

internal sealed class HelpMatchConfiguration : IEntityTypeConfiguration<HelpMatch>
{
    public void Configure(EntityTypeBuilder<HelpMatch> b)
    {
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.DeclineNote).HasMaxLength(HelpMatch.NoteMaxLength);
        b.Property(m => m.Thanks).HasMaxLength(HelpMatch.NoteMaxLength);
        b.HasIndex(m => new { m.RequestId, m.Status });
        b.HasIndex(m => new { m.VolunteerId, m.Status });
        b.HasOne(m => m.Request).WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Volunteer).WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(m => m.ProposedById).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>A step in a request's life, with when and by whom: the request's history and the source of waiting times.</summary>
public class HelpEvent : ITenantOwned
{
    public const int NoteMaxLength = 500;

    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public int RequestId { get; set; }
    public HelpRequest? Request { get; set; }
    public Core.Help.HelpStep Step { get; set; }
    public Core.Help.HelpStatus Status { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? ById { get; set; }
    public string? Note { get; set; }
}

internal sealed class HelpEventConfiguration : IEntityTypeConfiguration<HelpEvent>
{
    public void Configure(EntityTypeBuilder<HelpEvent> b)
    {
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Note).HasMaxLength(HelpEvent.NoteMaxLength);
        b.HasIndex(e => e.RequestId);
        b.HasOne(e => e.Request).WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(e => e.ById).OnDelete(DeleteBehavior.SetNull);
    }
}
