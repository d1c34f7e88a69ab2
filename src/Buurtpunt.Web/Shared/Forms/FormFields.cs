using System.Globalization;
using Buurtpunt.Core.Forms;

namespace Buurtpunt.Web.Shared.Forms;

/// <summary>What <c>_FormFields.cshtml</c> shows: the questions, with what was typed (after a post) or what was saved before.</summary>
public sealed record FormFields(IReadOnlyList<FormQuestion> Questions, FormReading? Reading = null, IReadOnlyDictionary<int, Answer>? Saved = null)
{
    public IReadOnlyList<string> Values(FormQuestion question)
    {
        if (Reading?.Typed.TryGetValue(question.Id, out var typed) == true) return typed;
        if (Saved?.TryGetValue(question.Id, out var answer) != true || answer is null) return [];
        return question.Kind switch
        {
            QuestionKind.Choice or QuestionKind.MultipleChoice => answer.Choices ?? [],
            QuestionKind.Date => answer.Date is { } date ? [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] : [],
            QuestionKind.WholeNumber => answer.Number is { } whole ? [whole.ToString("0", CultureInfo.CurrentCulture)] : [],
            QuestionKind.Amount => answer.Number is { } amount ? [amount.ToString("0.00", CultureInfo.CurrentCulture)] : [],
            _ => answer.Text is { } text ? [text] : [],
        };
    }

    public string? Problem(FormQuestion question) => Reading?.Problems.GetValueOrDefault(question.Id);

    /// <summary>An answer as a person reads it back: "€ 1.234,50", "21 juni 2027", "Meedoen, Creëren".</summary>
    public static string Show(FormQuestion question, Answer answer) => question.Kind switch
    {
        QuestionKind.Choice or QuestionKind.MultipleChoice => string.Join(", ", answer.Choices ?? []),
        QuestionKind.Amount => answer.Number is { } amount ? Text.Euro.Format(amount) : "",
        QuestionKind.WholeNumber => answer.Number is { } whole ? whole.ToString("#,0", CultureInfo.CurrentCulture) : "",
        QuestionKind.Date => answer.Date is { } date ? date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "",
        _ => answer.Text ?? "",
    };
}
