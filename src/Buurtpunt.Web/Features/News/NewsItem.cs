using System.Linq.Expressions;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.News;

/// <summary>
/// News of an area, or of one point in it. It shows from <see cref="PublishedUtc"/> on; a pinned
/// item stays on top. Kept by whoever tends the area (lead, worker, administrator).
/// </summary>
public class NewsItem : ITenantOwned
{
    public const int TitleMaxLength = 140;
    public const int BodyMaxLength = 10_000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int AreaId { get; set; }
    public int? PointId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public int? PhotoId { get; set; }
    public DateTime PublishedUtc { get; set; }
    public bool Pinned { get; set; }
    public Guid? AuthorId { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The one rule for when news shows (pages, feeds, its photo): from its publication on.</summary>
    public static Expression<Func<NewsItem, bool>> PublishedBy(DateTime nowUtc) => n => n.PublishedUtc <= nowUtc;
}
