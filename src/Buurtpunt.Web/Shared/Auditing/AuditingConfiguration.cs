using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Shared.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        b.HasIndex(a => new { a.MunicipalityId, a.AtUtc });
        b.HasIndex(a => a.ActorUserId);
        b.HasIndex(a => a.SubjectUserId);
    }
}
