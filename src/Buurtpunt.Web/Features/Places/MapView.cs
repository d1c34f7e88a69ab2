using System.Text.Json;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// What the map script needs. The map only enhances the page: without JavaScript or without
/// a tile server (<c>Map:TileUrl</c> empty) the page shows the same points as a list.
/// </summary>
public sealed record MapView(string TileUrl, string Attribution, double Latitude, double Longitude, int Zoom, string MarkersJson)
{
    public static MapView? Create(IConfiguration configuration, double latitude, double longitude, int zoom, IEnumerable<PointCard> points) =>
        Create(configuration, latitude, longitude, zoom, points.Select(p => new MapMarker(p.Name, $"/punt/{p.Slug}", p.Latitude, p.Longitude)));

    public static MapView? Create(IConfiguration configuration, double latitude, double longitude, int zoom, IEnumerable<MapMarker> markers)
    {
        var tiles = configuration["Map:TileUrl"];
        if (string.IsNullOrWhiteSpace(tiles)) return null;
        var json = markers.Select(m => new { name = m.Name, url = m.Url, lat = m.Latitude, lng = m.Longitude });
        return new MapView(tiles, configuration["Map:Attribution"] ?? "", latitude, longitude, zoom, JsonSerializer.Serialize(json));
    }
}

/// <summary>A place on the map with the page it links to.</summary>
public sealed record MapMarker(string Name, string Url, double Latitude, double Longitude);
