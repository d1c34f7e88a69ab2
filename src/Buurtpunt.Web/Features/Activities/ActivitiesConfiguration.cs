using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.Property(a => a.Title).HasMaxLength(Activity.TitleMaxLength);
        b.Property(a => a.Description).HasMaxLength(Activity.DescriptionMaxLength);
        b.Property(a => a.Place).HasMaxLength(200);
        b.Property(a => a.WhatToBring).HasMaxLength(300);
        b.Property(a => a.Organiser).HasMaxLength(120);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Audience).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Frequency).HasConversion<string>().HasMaxLength(20);
        b.Ignore(a => a.Recurrence);
        b.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Point>().WithMany().HasForeignKey(a => a.PointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.OrganiserId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(a => a.Occurrences).WithOne(o => o.Activity).HasForeignKey(o => o.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OccurrenceConfiguration : IEntityTypeConfiguration<Occurrence>
{
    public void Configure(EntityTypeBuilder<Occurrence> b)
    {
        b.Property(o => o.Note).HasMaxLength(Occurrence.NoteMaxLength);
        b.Property(o => o.CancelReason).HasMaxLength(Occurrence.NoteMaxLength);
        b.Ignore(o => o.PlacesLeft);
        b.HasIndex(o => new { o.ActivityId, o.Date }).IsUnique();
        b.HasIndex(o => new { o.MunicipalityId, o.StartUtc });
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.Property(r => r.Name).HasMaxLength(Registration.NameMaxLength);
        b.Property(r => r.Phone).HasMaxLength(40);
        // One registration per person and date (nulls, the one-off names, do not collide).
        b.HasIndex(r => new { r.OccurrenceId, r.PersonId }).IsUnique();
        b.HasIndex(r => new { r.OccurrenceId, r.Waiting, r.CreatedUtc });
        b.HasOne<Occurrence>().WithMany().HasForeignKey(r => r.OccurrenceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.EnteredById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CalendarLinkConfiguration : IEntityTypeConfiguration<CalendarLink>
{
    public void Configure(EntityTypeBuilder<CalendarLink> b)
    {
        b.Property(l => l.TokenHash).HasMaxLength(64);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.UserId).IsUnique();
        b.HasOne<User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
