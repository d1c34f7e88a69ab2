using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Search;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// Points (name, description, address, area and the names of their services) and services (their
/// names in every language and the points that offer them) are findable. A point's document
/// lists its services and a service's lists its points, so a change on one side rewrites the other.
/// </summary>
public sealed class PlacesSearch : ISearchSource
{
    private const string Points = "points", Services = "services", PointsOfServices = "points-of-services", PointsInAreas = "points-in-areas";

    public void Collect(EntityEntry entry, SearchKeys keys)
    {
        switch (entry.Entity)
        {
            case Point:
                keys.Add(Points, entry);
                break;
            case Service: // its names show in the documents of the points that offer it
                keys.Add(Services, entry);
                keys.Add(PointsOfServices, entry);
                break;
            case Area: // its name shows in its points' documents
                keys.Add(PointsInAreas, entry);
                break;
            case Dictionary<string, object> when entry.Metadata.Name == PlacesConfiguration.PointServices:
                keys.Add(Points, entry, PlacesConfiguration.PointServicesPointKey);
                keys.Add(Services, entry, PlacesConfiguration.PointServicesServiceKey);
                break;
        }
    }

    public async Task<SearchRewrite> ReadAsync(AppDbContext db, SearchKeys keys, CancellationToken cancellationToken)
    {
        var all = keys.All;
        var (points, areas, ofServices, services) = (keys[Points], keys[PointsInAreas], keys[PointsOfServices], keys[Services]);
        var documents = new List<SearchDocument>();
        if (all || points.Count > 0 || areas.Count > 0 || ofServices.Count > 0)
        {
            var rows = await db.Points.IgnoreQueryFilters().AsNoTracking()
                .Where(p => all || points.Contains(p.Id) || areas.Contains(p.AreaId) || p.Services.Any(v => ofServices.Contains(v.Id)))
                .Select(p => new
                {
                    p.Id, p.MunicipalityId, p.AreaId, p.Name, p.Slug, p.Description, p.Street, p.PostalCode, p.City, Area = p.Area!.Name,
                    Services = p.Services.OrderBy(v => v.SortOrder).Select(v => new { v.NameNl, v.NameFr, v.NameEn }).ToList(),
                })
                .ToListAsync(cancellationToken);
            foreach (var p in rows)
            {
                var text = string.Join("\n", new[] { p.Description, $"{p.Street}, {p.PostalCode} {p.City} · {p.Area}" }
                    .Concat(p.Services.Select(v => string.Join(" · ", new[] { v.NameNl, v.NameFr, v.NameEn }.Where(n => !string.IsNullOrWhiteSpace(n)))))
                    .Where(t => !string.IsNullOrWhiteSpace(t)));
                documents.Add(SearchDocument.Create(SearchKind.Point, p.MunicipalityId, p.AreaId, p.Name, text, $"/punt/{p.Slug}", null, DateTime.MinValue, d => d.PointId = p.Id));
            }
            points = [.. points.Union(rows.Select(p => p.Id))];
        }
        if (all || services.Count > 0)
        {
            var rows = await db.Services.IgnoreQueryFilters().AsNoTracking().Where(v => all || services.Contains(v.Id))
                .Select(v => new { v.Id, v.MunicipalityId, v.NameNl, v.NameFr, v.NameEn, Points = v.Points.OrderBy(p => p.Name).Select(p => p.Name).ToList() })
                .ToListAsync(cancellationToken);
            // A service no point offers leads nowhere.
            foreach (var v in rows.Where(v => v.Points.Count > 0))
            {
                var text = string.Join("\n", new[] { v.NameFr, v.NameEn, string.Join(", ", v.Points) }.Where(t => !string.IsNullOrWhiteSpace(t)));
                documents.Add(SearchDocument.Create(SearchKind.Service, v.MunicipalityId, null, v.NameNl, text, null, null, DateTime.MinValue, d => d.ServiceId = v.Id));
            }
        }
        return new SearchRewrite(documents, d => points.Contains(d.PointId!.Value) || services.Contains(d.ServiceId!.Value));
    }
}
