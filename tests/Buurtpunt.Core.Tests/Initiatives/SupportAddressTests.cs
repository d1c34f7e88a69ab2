using Buurtpunt.Core.Initiatives;

namespace Buurtpunt.Core.Tests.Initiatives;

public class SupportAddressTests
{
    [Theory]
    [InlineData("Kerkstraat 12", "kerkstraat  12")]
    [InlineData("Kerkstraat 12 bus 3", "Kerkstraat 12/3")]
    [InlineData("Kerkstraat 12 bus 3", "kerkstr. 12 b3")]
    [InlineData("Rue de l'Église 4", "rue de l eglise 4")]
    [InlineData("Stationsstraat 40, 3800 Sint-Truiden", "STATIONSSTRAAT 40 3800 SINT TRUIDEN")]
    public void The_same_address_written_differently_is_one(string one, string other) =>
        Assert.Equal(SupportAddress.Key(one), SupportAddress.Key(other));

    [Theory]
    [InlineData("Kerkstraat 12", "Kerkstraat 14")]
    [InlineData("Kerkstraat 12 bus 3", "Kerkstraat 12 bus 4")]
    [InlineData("Kerkstraat 12", "Kerkplein 12")]
    [InlineData("Bosstraat 1", "Bos 1")]
    public void Different_addresses_stay_different(string one, string other) =>
        Assert.NotEqual(SupportAddress.Key(one), SupportAddress.Key(other));
}
