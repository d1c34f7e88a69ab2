using Buurtpunt.Core.Search;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Search;

public enum SearchKind { Question, Faq, News, Point, Service }

/// <summary>
/// One public thing a person can find, with its text as shown and its terms as indexed
/// (<see cref="SearchText.Terms"/>). SQLite indexes the terms in the FTS5 table
/// SearchIndex (kept by triggers), PostgreSQL in the generated tsvector column "Vector" (GIN).
/// Exactly one source id is set; deleting the source deletes the document (foreign key cascade).
/// Only what anyone may see is here: no private or hidden questions, no hidden answers.
/// </summary>
public class SearchDocument : ITenantOwned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 20_000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public SearchKind Kind { get; set; }
    public int? QuestionId { get; set; }
    public int? FaqEntryId { get; set; }
    public int? NewsItemId { get; set; }
    public int? PointId { get; set; }
    public int? ServiceId { get; set; }
    /// <summary>The area it belongs to; null for what concerns the whole municipality.</summary>
    public int? AreaId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    /// <summary>The page to open; null for a service (the result lists the points that offer it).</summary>
    public string? Url { get; set; }
    public DateTime? DateUtc { get; set; }
    /// <summary>News planned for later is found from its publication on.</summary>
    public DateTime VisibleFromUtc { get; set; }
    public required string TitleTerms { get; set; }
    public required string TextTerms { get; set; }

    /// <summary>
    /// A document with its terms, cut to the column sizes; <paramref name="source"/> sets its one
    /// source id (<c>d => d.PointId = point.Id</c>).
    /// </summary>
    public static SearchDocument Create(SearchKind kind, int municipalityId, int? areaId, string title, string text, string? url,
        DateTime? date, DateTime visibleFrom, Action<SearchDocument> source)
    {
        title = Truncate(title, TitleMaxLength);
        text = Truncate(text, TextMaxLength);
        var document = new SearchDocument
        {
            Kind = kind, MunicipalityId = municipalityId, AreaId = areaId, Title = title, Text = text, Url = url, DateUtc = date,
            VisibleFromUtc = visibleFrom, TitleTerms = SearchText.Terms(title), TextTerms = SearchText.Terms(text),
        };
        source(document);
        return document;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
