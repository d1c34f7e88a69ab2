using Buurtpunt.Web.Features.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.People;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        // Identity makes the user name unique installation-wide; ours is unique per municipality.
        b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique(false);
        b.HasIndex(u => new { u.MunicipalityId, u.NormalizedUserName }).IsUnique();
        b.HasOne<Municipality>().WithMany().HasForeignKey(u => u.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(u => u.PostalAddress).HasMaxLength(User.PostalAddressMaxLength);
        b.Property(u => u.Language).HasMaxLength(User.LanguageMaxLength);
        b.HasOne<Area>().WithMany().HasForeignKey(u => u.AreaId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.Property(r => r.Role).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(r => new { r.UserId, r.Role, r.AreaId }).IsUnique();
        b.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> b)
    {
        b.Property(l => l.TokenHash).HasMaxLength(64);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasOne<User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.RecordedByName).HasMaxLength(User.DisplayNameMaxLength);
        b.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TakeoverCodeConfiguration : IEntityTypeConfiguration<TakeoverCode>
{
    public void Configure(EntityTypeBuilder<TakeoverCode> b)
    {
        b.Property(c => c.CodeHash).HasMaxLength(64);
        b.HasIndex(c => c.CodeHash).IsUnique();
        b.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
