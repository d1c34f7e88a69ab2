using System.Globalization;

namespace Buurtpunt.Core.Forms;

/// <summary>The kinds of question a form can ask (the same set for applications, surveys and evaluations).</summary>
public enum QuestionKind { Text, LongText, Choice, MultipleChoice, WholeNumber, Amount, Date, File }

/// <summary>Why an answer is not accepted; each has its own translated message.</summary>
public enum AnswerProblem { Missing, TooLong, UnknownChoice, NotAWholeNumber, NotAnAmount, TooManyDecimals, TooSmall, TooLarge, NotADate, TooEarly, TooLate }

/// <summary>What a question accepts. Bounds are optional; amounts are euros with at most two decimals.</summary>
public sealed record QuestionRules(QuestionKind Kind, bool Required, IReadOnlyList<string>? Options = null,
    decimal? Min = null, decimal? Max = null, int? MaxLength = null, DateOnly? Earliest = null, DateOnly? Latest = null)
{
    public const int TextMax = 200, LongTextMax = 5000;

    public int Length => MaxLength ?? (Kind == QuestionKind.LongText ? LongTextMax : TextMax);
}

/// <summary>An answer as it is stored: text, a number, a date or chosen options (one of them, by the question's kind).</summary>
public sealed record Answer(string? Text = null, decimal? Number = null, DateOnly? Date = null, IReadOnlyList<string>? Choices = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Number is null && Date is null && (Choices is null || Choices.Count == 0);
}

/// <summary>The outcome of reading one answer: the stored form, or the problem (and the bound it broke, for the message).</summary>
public sealed record AnswerReading(Answer? Answer, AnswerProblem? Problem = null, string? Bound = null)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// Reads what a person typed into an answer, the same way for every form: trims, parses numbers and
/// amounts in the reader's culture ("1.234,50" in Flemish, "1234.50" too), checks bounds and
/// choices. A draft is read without the required check, so people can save half a form and return.
/// </summary>
public static class Answers
{
    public static AnswerReading Read(QuestionRules rules, IReadOnlyList<string> typed, CultureInfo culture, bool draft = false)
    {
        var values = typed.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (values.Count == 0)
            return draft || !rules.Required ? new AnswerReading(null) : new AnswerReading(null, AnswerProblem.Missing);
        var first = values[0];
        switch (rules.Kind)
        {
            case QuestionKind.Text or QuestionKind.LongText or QuestionKind.File:
                var text = rules.Kind == QuestionKind.LongText ? first.ReplaceLineEndings("\n") : first.ReplaceLineEndings(" ");
                return text.Length > rules.Length ? new AnswerReading(null, AnswerProblem.TooLong, rules.Length.ToString(culture)) : new AnswerReading(new Answer(Text: text));
            case QuestionKind.Choice or QuestionKind.MultipleChoice:
                var options = rules.Options ?? [];
                if (values.Any(v => !options.Contains(v))) return new AnswerReading(null, AnswerProblem.UnknownChoice);
                var chosen = rules.Kind == QuestionKind.Choice ? values.Take(1) : values.Distinct();
                return new AnswerReading(new Answer(Choices: options.Where(chosen.Contains).ToList())); // in the form's order
            case QuestionKind.WholeNumber:
                if (!long.TryParse(first, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, culture, out var whole))
                    return new AnswerReading(null, AnswerProblem.NotAWholeNumber);
                return Bounded(rules, whole, culture);
            case QuestionKind.Amount:
                if (ParseAmount(first, culture) is not { } amount) return new AnswerReading(null, AnswerProblem.NotAnAmount);
                if (decimal.Round(amount, 2) != amount) return new AnswerReading(null, AnswerProblem.TooManyDecimals);
                return Bounded(rules, amount, culture);
            case QuestionKind.Date:
                if (!DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    && !DateOnly.TryParse(first, culture, DateTimeStyles.None, out date))
                    return new AnswerReading(null, AnswerProblem.NotADate);
                if (rules.Earliest is { } earliest && date < earliest) return new AnswerReading(null, AnswerProblem.TooEarly, earliest.ToString("d", culture));
                if (rules.Latest is { } latest && date > latest) return new AnswerReading(null, AnswerProblem.TooLate, latest.ToString("d", culture));
                return new AnswerReading(new Answer(Date: date));
            default:
                throw new ArgumentOutOfRangeException(nameof(rules), rules.Kind, null);
        }
    }

    /// <summary>
    /// An amount in euros as people write it: "€ 1.234,50", "1234.50", "1 234,5". The reader's own
    /// decimal mark is always decimal; the other mark is decimal only when it appears once and is not
    /// followed by exactly three digits ("1.500" is fifteen hundred in Flemish, "1234.50" is not).
    /// </summary>
    public static decimal? ParseAmount(string typed, CultureInfo culture)
    {
        var text = typed.Replace("€", "").Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "").Trim();
        if (text.Length == 0 || text.Length > 20) return null;
        var own = culture.NumberFormat.NumberDecimalSeparator == "," ? ',' : '.';
        var other = own == ',' ? '.' : ',';
        var (lastOwn, lastOther) = (text.LastIndexOf(own), text.LastIndexOf(other));
        char? mark = lastOwn >= 0 && lastOther >= 0 ? (lastOwn > lastOther ? own : other)
            : lastOwn >= 0 ? (text.Count(c => c == own) == 1 ? own : null)
            : lastOther >= 0 && text.Count(c => c == other) == 1 && text.Length - lastOther - 1 != 3 ? other
            : null;
        var group = mark == own ? other : mark == other ? own : (lastOwn >= 0 ? own : other);
        var normal = text.Replace(group.ToString(), "");
        if (mark is { } decimalMark) normal = normal.Replace(decimalMark, '.');
        return decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static AnswerReading Bounded(QuestionRules rules, decimal value, CultureInfo culture)
    {
        if (rules.Min is { } min && value < min) return new AnswerReading(null, AnswerProblem.TooSmall, min.ToString("#,0.##", culture));
        if (rules.Max is { } max && value > max) return new AnswerReading(null, AnswerProblem.TooLarge, max.ToString("#,0.##", culture));
        return new AnswerReading(new Answer(Number: value));
    }
}
