using System.Globalization;
using System.Text;

namespace Buurtpunt.Core.Initiatives;

/// <summary>
/// One support per address: the same address written differently must count once. The key folds
/// case, accents and punctuation, writes a box number the same way ("12 bus 3", "12/3", "12 b3"),
/// and spells out a shortened "str." — so "Kerkstr. 12/3" and "kerkstraat 12 bus 3" are one address.
/// </summary>
public static class SupportAddress
{
    public static string Key(string address)
    {
        var folded = new StringBuilder();
        foreach (var c in address.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = new List<string>();
        foreach (var raw in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw;
            if (word is "bus" or "b" or "box" or "bte" or "boite") continue; // the box number that follows is kept
            if (word.Length > 1 && word[0] == 'b' && word.Skip(1).All(char.IsDigit) && words.Count > 0 && words[^1].Any(char.IsDigit)) word = word[1..]; // "12 b3"
            if (word.EndsWith("str") && word.Length > 3) word += "aat";
            words.Add(word);
        }
        return string.Join(' ', words);
    }
}
