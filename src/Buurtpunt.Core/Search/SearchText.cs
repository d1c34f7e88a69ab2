using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Tartarus.Snowball;
using Snowball = Lucene.Net.Tartarus.Snowball.Ext;

namespace Buurtpunt.Core.Search;

/// <summary>
/// Turns text into search terms the same way for the index and for a query, so SQLite FTS5 and
/// PostgreSQL see identical terms: words are lower-cased and stripped of accents ("café" → "cafe"),
/// common words of Dutch, French and English are dropped, and every word is reduced with the
/// stemmers of those three languages ("fietsen" → "fiets", "vélos" → "velo": Kraaij-Pohlmann for
/// Dutch, which also undoes "huizen" → "huis", and Snowball for French and English). The word itself
/// counts as one of its stems, since stemmers cut "fiets" to "fiet" but "fietsen" to "fiets". A word
/// matches when any of its stems does, so a French query finds French text and Dutch finds Dutch.
/// </summary>
public static class SearchText
{
    /// <summary>Longer queries are refused with a message: nobody types a 200-character question into a search box.</summary>
    public const int MaxQueryLength = 200;
    /// <summary>Words beyond this are ignored: each adds a clause the engine must evaluate.</summary>
    public const int MaxQueryWords = 10;

    // Words that carry meaning in Dutch although another language lists them as common.
    private static readonly string[] KeptWords = ["pas", "bus", "hier", "uit", "over"];

    private static readonly HashSet<string> StopWords = BuildStopWords();

    private static HashSet<string> BuildStopWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[] { DutchAnalyzer.DefaultStopSet, FrenchAnalyzer.DefaultStopSet, EnglishAnalyzer.DefaultStopSet })
            foreach (var word in set)
                words.Add(Fold(word.ToString() ?? ""));
        words.ExceptWith(KeptWords);
        return words;
    }

    /// <summary>The words of a text, folded, with where each stands in the original (for highlighting).</summary>
    public static IEnumerable<Word> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var folded = Fold(text[start..i]);
                if (folded.Length > 1 || char.IsDigit(folded[0]))
                    yield return new Word(start, i - start, folded);
                start = -1;
            }
        }
    }

    /// <summary>Lower case without accents: "Café" → "cafe", "Œuvre" → "oeuvre".</summary>
    public static string Fold(string word)
    {
        if (word.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))) return word; // most words: nothing to fold
        var decomposed = word.ToLowerInvariant().Replace("œ", "oe").Replace("æ", "ae").Replace("ß", "ss").Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        return folded.ToString();
    }

    public static bool IsStopWord(string foldedWord) => StopWords.Contains(foldedWord);

    /// <summary>The folded word and its distinct stems in Dutch, French and English.</summary>
    public static IReadOnlyList<string> Stems(string foldedWord)
    {
        var stems = new List<string>(4) { foldedWord };
        foreach (var stemmer in Stemmers.Value!)
        {
            stemmer.SetCurrent(foldedWord);
            stemmer.Stem();
            var stem = Fold(stemmer.Current);
            if (stem.Length > 0 && !stems.Contains(stem)) stems.Add(stem);
        }
        return stems;
    }

    // Snowball stemmers keep state between calls: one set per thread.
    private static readonly ThreadLocal<SnowballProgram[]> Stemmers = new(() => [new Snowball.KpStemmer(), new Snowball.FrenchStemmer(), new Snowball.EnglishStemmer()]);

    /// <summary>The terms to index for a text: the stems of every word that is not a common word, space-separated.</summary>
    public static string Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var terms = new StringBuilder();
        foreach (var word in Words(text))
        {
            if (IsStopWord(word.Folded)) continue;
            foreach (var stem in Stems(word.Folded))
                terms.Append(stem).Append(' ');
        }
        return terms.ToString().TrimEnd();
    }
}

/// <summary>A word of a text: where it stands and its folded form.</summary>
public readonly record struct Word(int Start, int Length, string Folded);
