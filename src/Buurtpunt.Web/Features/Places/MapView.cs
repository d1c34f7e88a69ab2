using System.Text.Json;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// What the map script needs. The map only enhances the page: without JavaScript or without
/// a tile server (<c>Map:TileUrl</c> empty) the page shows the same points as a list.
/// </summary>
public sealed record MapView(string TileUrl, string Attribution, double Latitude, double Longitude, int Zoom, string MarkersJson)
{
    public static MapView? Create(IConfiguration configuration, double latitude, double longitude, int zoom, IEnumerable<PointCard> points)
    {
        var tiles = configuration["Map:TileUrl"];
        if (string.IsNullOrWhiteSpace(tiles)) return null;
        var markers = points.Select(p => new { name = p.Name, url = $"/punt/{p.Slug}", lat = p.Latitude, lng = p.Longitude });
        return new MapView(tiles, configuration["Map:Attribution"] ?? "", latitude, longitude, zoom, JsonSerializer.Serialize(markers));
    }
}
