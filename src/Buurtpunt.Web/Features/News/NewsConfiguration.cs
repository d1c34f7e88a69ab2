using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.News;

internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> b)
    {
        b.Property(n => n.Title).HasMaxLength(NewsItem.TitleMaxLength);
        b.Property(n => n.Body).HasMaxLength(NewsItem.BodyMaxLength);
        b.HasIndex(n => new { n.AreaId, n.PublishedUtc });
        b.HasOne<Area>().WithMany().HasForeignKey(n => n.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Point>().WithMany().HasForeignKey(n => n.PointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Photo>().WithMany().HasForeignKey(n => n.PhotoId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
