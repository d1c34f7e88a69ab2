using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Places;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength);
        b.Property(m => m.Introduction).HasMaxLength(4000);
        b.Property(m => m.ContactEmail).HasMaxLength(254);
        b.Property(m => m.ContactPhone).HasMaxLength(40);
        b.Property(m => m.Website).HasMaxLength(500);
        b.Property(m => m.PrivacyStatement).HasMaxLength(Statements.MaxLength);
        b.Property(m => m.AccessibilityStatement).HasMaxLength(Statements.MaxLength);
        b.HasMany(m => m.Hosts).WithOne().HasForeignKey(h => h.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MunicipalityHostConfiguration : IEntityTypeConfiguration<MunicipalityHost>
{
    public void Configure(EntityTypeBuilder<MunicipalityHost> b)
    {
        b.Property(h => h.Host).HasMaxLength(MunicipalityHost.MaxLength);
        b.HasIndex(h => h.Host).IsUnique();
    }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.Property(a => a.Name).HasMaxLength(Area.NameMaxLength);
        b.Property(a => a.Slug).HasMaxLength(Core.Places.Slug.MaxLength);
        b.Property(a => a.Description).HasMaxLength(Area.DescriptionMaxLength);
        b.HasIndex(a => new { a.MunicipalityId, a.Slug }).IsUnique();
        b.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Names of the points–services join table (no class of its own), for code that watches it change.</summary>
public static class PlacesConfiguration
{
    public const string PointServices = "PointServices";
    public const string PointServicesPointKey = "PointsId";
    public const string PointServicesServiceKey = "ServicesId";
}

internal sealed class PointConfiguration : IEntityTypeConfiguration<Point>
{
    public void Configure(EntityTypeBuilder<Point> b)
    {
        b.Property(p => p.Name).HasMaxLength(Point.NameMaxLength);
        b.Property(p => p.Slug).HasMaxLength(Core.Places.Slug.MaxLength);
        b.Property(p => p.Description).HasMaxLength(Point.DescriptionMaxLength);
        b.Property(p => p.Street).HasMaxLength(200);
        b.Property(p => p.PostalCode).HasMaxLength(10);
        b.Property(p => p.City).HasMaxLength(120);
        b.Property(p => p.ContactEmail).HasMaxLength(254);
        b.Property(p => p.ContactPhone).HasMaxLength(40);
        b.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.MunicipalityId, p.Slug }).IsUnique();
        b.HasOne(p => p.Area).WithMany(a => a.Points).HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Services).WithMany(s => s.Points).UsingEntity(PlacesConfiguration.PointServices);
        b.HasMany(p => p.WeeklyOpenings).WithOne().HasForeignKey(o => o.PointId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.OpeningExceptions).WithOne().HasForeignKey(o => o.PointId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Presences).WithOne().HasForeignKey(o => o.PointId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Photos).WithOne().HasForeignKey(o => o.PointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpeningExceptionDayConfiguration : IEntityTypeConfiguration<OpeningExceptionDay>
{
    public void Configure(EntityTypeBuilder<OpeningExceptionDay> b)
    {
        b.Property(e => e.Reason).HasMaxLength(OpeningExceptionDay.ReasonMaxLength);
        b.HasIndex(e => new { e.PointId, e.Date });
    }
}

internal sealed class PresenceConfiguration : IEntityTypeConfiguration<Presence>
{
    public void Configure(EntityTypeBuilder<Presence> b) => b.Property(p => p.Who).HasMaxLength(Presence.WhoMaxLength);
}

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> b)
    {
        b.Property(s => s.NameNl).HasMaxLength(Service.NameMaxLength);
        b.Property(s => s.NameFr).HasMaxLength(Service.NameMaxLength);
        b.Property(s => s.NameEn).HasMaxLength(Service.NameMaxLength);
        b.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> b)
    {
        b.Property(p => p.AltText).HasMaxLength(Photo.AltMaxLength);
        b.Property(p => p.StorageKey).HasMaxLength(100);
        b.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}
