using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Places;

/// <summary>What a list of points shows of each point, opening status included.</summary>
public sealed record PointCard(int Id, int AreaId, string Name, string Slug, string Street, string PostalCode, string City,
    PointPhase Phase, double Latitude, double Longitude)
{
    public string? Status { get; set; }
    public bool IsOpen { get; set; }
}

/// <summary>Loads point cards for any set of points in three queries, however many points there are.</summary>
public sealed class PointCards(AppDbContext db, OpeningHoursLoader hours, OpeningStatusText text, MunicipalClock clock)
{
    public async Task<List<PointCard>> LoadAsync(int? areaId, CancellationToken cancellationToken)
    {
        var points = db.Points.Where(p => areaId == null || p.AreaId == areaId);
        var cards = await points.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PointCard(p.Id, p.AreaId, p.Name, p.Slug, p.Street, p.PostalCode, p.City, p.Phase, p.Latitude, p.Longitude))
            .ToListAsync(cancellationToken);
        var schedules = await hours.LoadAsync(points.Select(p => p.Id), cards.Select(c => c.Id), cancellationToken);
        foreach (var card in cards)
        {
            var status = schedules[card.Id].StatusAt(clock.Now, MunicipalClock.Zone);
            card.Status = text.Describe(card.Phase, status, clock.Today);
            card.IsOpen = text.IsOpen(card.Phase, status);
        }
        return cards;
    }
}
