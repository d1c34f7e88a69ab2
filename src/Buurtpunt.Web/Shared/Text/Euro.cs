using System.Globalization;

namespace Buurtpunt.Web.Shared.Text;

/// <summary>Amounts in euro as the reader writes them: "€ 1.234,50" in Flemish, "€1,234.50" in English (never pounds or dollars).</summary>
public static class Euro
{
    public static string Format(decimal euros)
    {
        var culture = (CultureInfo)CultureInfo.CurrentCulture.Clone();
        culture.NumberFormat.CurrencySymbol = "€";
        return euros.ToString("C2", culture);
    }
}
