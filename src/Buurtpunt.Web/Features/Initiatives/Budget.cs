using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// An application's budget table as typed: lines of what, how much, and the neighbours' own part.
/// Empty lines are left out; amounts are read like every amount (<see cref="Money.ReadCents"/>); the
/// own part of a line is at most its amount. What the application asks is the sum of the amounts
/// minus the own parts, and on submission it may not exceed the track's maximum.
/// </summary>
public static class Budget
{
    public const int MaxLines = 30, EmptyLinesShown = 3;

    public sealed class Row
    {
        public string? Item { get; set; }
        public string? Amount { get; set; }
        public string? Own { get; set; }
    }

    public sealed record Line(string Item, long AmountCents, long OwnCents);

    public static long Asked(IEnumerable<BudgetLine> lines) => lines.Sum(l => l.AmountCents - l.OwnCents);

    public static long Asked(IEnumerable<Line> lines) => lines.Sum(l => l.AmountCents - l.OwnCents);

    /// <summary>The lines, or null with messages in <paramref name="state"/> under <c>Budget[i].…</c>.</summary>
    public static List<Line>? Read(IReadOnlyList<Row> rows, ModelStateDictionary state, IStringLocalizer l, long maxCents)
    {
        var lines = new List<Line>();
        var filled = rows.Select((row, i) => (row, i)).Where(x => !string.IsNullOrWhiteSpace(x.row.Item) || !string.IsNullOrWhiteSpace(x.row.Amount) || !string.IsNullOrWhiteSpace(x.row.Own)).ToList();
        if (filled.Count > MaxLines)
        {
            state.AddModelError("Budget", l["Budget.TooManyLines", MaxLines]);
            return null;
        }
        var ok = true;
        foreach (var (row, i) in filled)
        {
            var key = $"Budget[{i}]";
            var item = row.Item?.Trim() ?? "";
            if (item.Length == 0) { state.AddModelError($"{key}.Item", l["Budget.ItemNeeded", i + 1]); ok = false; }
            else if (item.Length > BudgetLine.ItemMaxLength) { state.AddModelError($"{key}.Item", l["Validation.MaxLength", l["Budget.Item"], BudgetLine.ItemMaxLength]); ok = false; }
            var amount = Money.ReadCents(row.Amount, $"{key}.Amount", state, l, maxCents);
            var own = Money.ReadCents(row.Own, $"{key}.Own", state, l, maxCents) ?? 0;
            if (amount is null && string.IsNullOrWhiteSpace(row.Amount)) { state.AddModelError($"{key}.Amount", l["Budget.AmountNeeded", i + 1]); ok = false; }
            if (amount is { } a && own > a) { state.AddModelError($"{key}.Own", l["Budget.OwnAboveAmount", i + 1]); ok = false; }
            if (ok && amount is { } cents && state.IsValid) lines.Add(new Line(item, cents, own));
        }
        return state.IsValid && ok ? lines : null;
    }
}
