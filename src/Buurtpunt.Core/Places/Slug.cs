using System.Globalization;
using System.Text;

namespace Buurtpunt.Core.Places;

/// <summary>Readable URL parts: "Sint-Truiden Centrum" → "sint-truiden-centrum", "Café Aalst" → "cafe-aalst".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= MaxLength) break;
        }
        return builder.ToString().Trim('-');
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength && slug == From(slug);
}
