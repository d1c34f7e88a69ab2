using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Features.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Buurtpunt.Web.Features.Search;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> b)
    {
        b.Property(d => d.Title).HasMaxLength(SearchDocument.TitleMaxLength);
        b.Property(d => d.Text).HasMaxLength(SearchDocument.TextMaxLength);
        b.Property(d => d.Url).HasMaxLength(300);
        b.HasIndex(d => new { d.MunicipalityId, d.Kind });
        b.HasIndex(d => d.QuestionId).IsUnique();
        b.HasIndex(d => d.FaqEntryId).IsUnique();
        b.HasIndex(d => d.NewsItemId).IsUnique();
        b.HasIndex(d => d.PointId).IsUnique();
        b.HasIndex(d => d.ServiceId).IsUnique();
        b.HasOne<Question>().WithMany().HasForeignKey(d => d.QuestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FaqEntry>().WithMany().HasForeignKey(d => d.FaqEntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<NewsItem>().WithMany().HasForeignKey(d => d.NewsItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Point>().WithMany().HasForeignKey(d => d.PointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Service>().WithMany().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Area>().WithMany().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
