using Buurtpunt.Core.Search;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Search.Pages;

/// <summary>
/// One search box over questions, FAQ, news, points and services of the municipality, filtered by
/// area and kind. A GET form, so it works without JavaScript and results can be shared as a link.
/// </summary>
public class SearchModel(AppDbContext db, SearchEngine engine, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The kinds as they appear in the address (?soort=vraag).</summary>
    public static readonly IReadOnlyDictionary<string, SearchKind> KindSlugs = new Dictionary<string, SearchKind>
    {
        ["vraag"] = SearchKind.Question, ["faq"] = SearchKind.Faq, ["nieuws"] = SearchKind.News, ["punt"] = SearchKind.Point, ["dienst"] = SearchKind.Service,
    };

    public sealed record AreaOption(int Id, string Name, string Slug);
    public sealed record PointLink(string Name, string Slug);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "soort")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "gebied")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public List<AreaOption> Areas { get; private set; } = [];
    public SearchQuery? Query { get; private set; }
    public SearchResults? Results { get; private set; }
    /// <summary>Per service found, the points (of the chosen area) that offer it.</summary>
    public ILookup<int, PointLink> ServicePoints { get; private set; } = Enumerable.Empty<PointLink>().ToLookup(_ => 0);
    /// <summary>Services found, by name in the reader's language (the document holds the Dutch one).</summary>
    public Dictionary<int, string> ServiceNames { get; private set; } = [];

    public string? AreaName(int? id) => id is null ? null : Areas.FirstOrDefault(a => a.Id == id)?.Name;

    public string PageUrl(int page, string? kind) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["soort"] = kind, ["gebied"] = Area, ["pagina"] = page == 1 ? null : page.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is var qs ? "/zoeken" + qs : "/zoeken";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber is < 1 or > 500) return NotFound();
        Areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new AreaOption(a.Id, a.Name, a.Slug)).ToListAsync(cancellationToken);
        SearchKind? kind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (KindSlugs.TryGetValue(Kind, out var k)) kind = k;
            else ModelState.AddModelError("soort", l["Search.UnknownKind"]);
        }
        var area = string.IsNullOrEmpty(Area) ? null : Areas.FirstOrDefault(a => a.Slug == Area);
        if (!string.IsNullOrEmpty(Area) && area is null) ModelState.AddModelError("gebied", l["Search.UnknownArea"]);
        if (Q is { Length: > SearchText.MaxQueryLength })
        {
            ModelState.AddModelError("q", l["Search.TooLong", SearchText.MaxQueryLength]);
            Q = Q[..SearchText.MaxQueryLength];
        }
        if (!ModelState.IsValid) return this.InvalidPage();
        if (string.IsNullOrWhiteSpace(Q)) return Page();

        Query = SearchQuery.Parse(Q);
        if (Query.IsEmpty) return Page();
        Results = await engine.SearchAsync(Query, area?.Id, kind, PageNumber, cancellationToken);
        var services = Results.Hits.Where(h => h.ServiceId is not null).Select(h => h.ServiceId!.Value).ToList();
        if (services.Count > 0)
        {
            var areaId = area?.Id;
            var offers = await db.Points.AsNoTracking()
                .Where(p => (areaId == null || p.AreaId == areaId) && p.Services.Any(v => services.Contains(v.Id)))
                .OrderBy(p => p.Name)
                .Select(p => new { p.Name, p.Slug, Services = p.Services.Where(v => services.Contains(v.Id)).Select(v => v.Id).ToList() })
                .ToListAsync(cancellationToken);
            ServicePoints = offers.SelectMany(p => p.Services.Select(s => (s, new PointLink(p.Name, p.Slug)))).ToLookup(x => x.s, x => x.Item2);
            ServiceNames = (await db.Services.AsNoTracking().Where(v => services.Contains(v.Id)).ToListAsync(cancellationToken))
                .ToDictionary(v => v.Id, v => v.NameIn(System.Globalization.CultureInfo.CurrentUICulture));
        }
        return Page();
    }
}
