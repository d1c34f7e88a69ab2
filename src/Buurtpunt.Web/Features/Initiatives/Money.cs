using System.Globalization;
using Buurtpunt.Core.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>Amounts in euro cents: read as people write them (<see cref="Answers.ParseAmount"/>), shown as "€ 18.600,00".</summary>
public static class Money
{
    public static long? ReadCents(string? typed, string key, ModelStateDictionary state, IStringLocalizer l, long maxCents)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        if (Answers.ParseAmount(typed, CultureInfo.CurrentCulture) is not { } euros) state.AddModelError(key, l["Money.NotAnAmount"]);
        else if (decimal.Round(euros, 2) != euros) state.AddModelError(key, l["Money.TooManyDecimals"]);
        else if (euros < 0 || euros * 100 > maxCents) state.AddModelError(key, l["Money.OutOfRange", Show(maxCents)]);
        else return (long)(euros * 100);
        return null;
    }

    public static string Show(long cents) => Shared.Text.Euro.Format(cents / 100m);

    /// <summary>For an input: "18600,00" in the reader's culture, so it reads back the same way.</summary>
    public static string Edit(long cents) => (cents / 100m).ToString("0.00", CultureInfo.CurrentCulture);
}
