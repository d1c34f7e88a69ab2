namespace Buurtpunt.Core.Places;

/// <summary>The bounding box of Belgium, with a small margin for border villages.</summary>
public static class BelgiumBounds
{
    public const double MinLatitude = 49.45, MaxLatitude = 51.55, MinLongitude = 2.5, MaxLongitude = 6.45;

    public static bool Contains(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude && longitude is >= MinLongitude and <= MaxLongitude;
}
