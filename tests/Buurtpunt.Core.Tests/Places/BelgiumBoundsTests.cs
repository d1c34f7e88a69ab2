using Buurtpunt.Core.Places;

namespace Buurtpunt.Core.Tests.Places;

public class BelgiumBoundsTests
{
    [Theory]
    [InlineData(50.8467, 4.3525)] // Brussels
    [InlineData(50.8161, 5.1865)] // Sint-Truiden
    [InlineData(49.6833, 5.8167)] // Arlon
    [InlineData(51.2154, 2.9286)] // Ostend
    [InlineData(51.0998, 2.5932)] // De Panne, westernmost town
    [InlineData(51.3460, 3.2870)] // Knokke-Heist, on the north coast
    [InlineData(49.5130, 5.4680)] // Torgny, southernmost village
    [InlineData(50.4200, 6.4030)] // near the easternmost point, Manderfeld
    public void Places_in_Belgium_are_inside(double latitude, double longitude) =>
        Assert.True(BelgiumBounds.Contains(latitude, longitude));

    [Theory]
    [InlineData(48.8566, 2.3522)] // Paris
    [InlineData(52.3676, 4.9041)] // Amsterdam
    [InlineData(0, 0)]
    [InlineData(-50.8467, -4.3525)] // Brussels with the signs flipped
    [InlineData(4.3525, 50.8467)]   // Brussels with latitude and longitude swapped
    public void Places_outside_Belgium_are_outside(double latitude, double longitude) =>
        Assert.False(BelgiumBounds.Contains(latitude, longitude));

    [Fact]
    public void The_edges_of_the_box_are_inside()
    {
        Assert.True(BelgiumBounds.Contains(BelgiumBounds.MinLatitude, BelgiumBounds.MinLongitude));
        Assert.True(BelgiumBounds.Contains(BelgiumBounds.MaxLatitude, BelgiumBounds.MaxLongitude));
    }

    [Fact]
    public void Just_beyond_each_edge_is_outside()
    {
        const double mid = 0.5;
        var lat = (BelgiumBounds.MinLatitude + BelgiumBounds.MaxLatitude) * mid;
        var lon = (BelgiumBounds.MinLongitude + BelgiumBounds.MaxLongitude) * mid;
        Assert.False(BelgiumBounds.Contains(BelgiumBounds.MinLatitude - 0.001, lon));
        Assert.False(BelgiumBounds.Contains(BelgiumBounds.MaxLatitude + 0.001, lon));
        Assert.False(BelgiumBounds.Contains(lat, BelgiumBounds.MinLongitude - 0.001));
        Assert.False(BelgiumBounds.Contains(lat, BelgiumBounds.MaxLongitude + 0.001));
    }

    [Fact]
    public void Not_a_number_is_outside()
    {
        Assert.False(BelgiumBounds.Contains(double.NaN, 4.35));
        Assert.False(BelgiumBounds.Contains(50.85, double.NaN));
    }
}
