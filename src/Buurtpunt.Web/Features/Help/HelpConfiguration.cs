using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Help;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> b)
    {
        b.Property(r => r.Description).HasMaxLength(HelpRequest.DescriptionMaxLength);
        b.Property(r => r.Address).HasMaxLength(User.PostalAddressMaxLength);
        b.Property(r => r.Language).HasMaxLength(10);
        b.Property(r => r.Phone).HasMaxLength(HelpRequest.PhoneMaxLength);
        b.Property(r => r.Outcome).HasMaxLength(HelpEvent.NoteMaxLength);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(r => new { r.AreaId, r.Status });
        b.HasIndex(r => r.RequesterId);
        b.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Point>().WithMany().HasForeignKey(r => r.PointId).OnDelete(DeleteBehavior.SetNull);
        // A request is about the person: it goes with them when they are erased.
        b.HasOne<User>().WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.EnteredById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> b)
    {
        b.HasIndex(v => v.UserId).IsUnique();
        b.Property(v => v.Travel).HasConversion<string>().HasMaxLength(10);
        b.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(v => v.ApprovedById).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Area>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
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
