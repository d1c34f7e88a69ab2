namespace Buurtpunt.Core.Search;

/// <summary>
/// What a person typed, reduced to words and their stems. The engines never see the typed text:
/// only stems (letters and digits) go into the FTS5 and tsquery expressions built here, so
/// quotes, stars, NEAR, OR and parentheses typed by a person are ordinary characters that vanish.
/// One instance serves one request (it remembers which words matched).
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Stems of at least this length also match as a prefix: "fiets" finds "fietsenstalling".</summary>
    public const int MinPrefixLength = 4;

    private SearchQuery(IReadOnlyList<IReadOnlyList<string>> words) => Words = words;

    /// <summary>Per word of the query, its stems (any of which may match).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>
    /// Parses a query. Common words are dropped unless nothing else is left ("de" alone is still a
    /// search). Words repeat only once; at most <see cref="SearchText.MaxQueryWords"/> count.
    /// </summary>
    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new SearchQuery([]);
        var words = SearchText.Words(text).Select(w => w.Folded).Distinct().ToList();
        var meaningful = words.Where(w => !SearchText.IsStopWord(w)).ToList();
        // Common words are not in the index, so a query of only common words cannot find anything.
        return new SearchQuery(meaningful.Take(SearchText.MaxQueryWords).Select(w => Minimal(SearchText.Stems(w))).ToList());
    }

    // A stem that another stem already matches as a prefix adds nothing: "fietsen" is found by fiets*.
    private static IReadOnlyList<string> Minimal(IReadOnlyList<string> stems) =>
        stems.Where(s => !stems.Any(other => other != s && other.Length >= MinPrefixLength && s.StartsWith(other, StringComparison.Ordinal))).ToList();

    /// <summary>An FTS5 MATCH expression: every word (or any word) must match one of its stems.</summary>
    public string ToFts5(bool allWords) => Join(allWords ? " AND " : " OR ", stem =>
        stem.Length >= MinPrefixLength ? $"\"{stem}\" OR \"{stem}\"*" : $"\"{stem}\"", " OR ");

    /// <summary>A PostgreSQL tsquery for the 'simple' configuration (the stems are already made here).</summary>
    public string ToTsQuery(bool allWords) => Join(allWords ? " & " : " | ", stem =>
        stem.Length >= MinPrefixLength ? $"{stem} | {stem}:*" : stem, " | ");

    private string Join(string between, Func<string, string> term, string betweenStems) =>
        string.Join(between, Words.Select(stems => "(" + string.Join(betweenStems, stems.Select(term)) + ")"));

    // Highlighting asks about the same words again and again; stemming is the costly part.
    private readonly Dictionary<string, bool> _matches = new(StringComparer.Ordinal);

    /// <summary>Whether a folded word of a text matches one of the query's words (for highlighting).</summary>
    public bool Matches(string foldedWord)
    {
        if (!_matches.TryGetValue(foldedWord, out var matches))
            _matches[foldedWord] = matches = Match(foldedWord);
        return matches;
    }

    private bool Match(string foldedWord)
    {
        if (SearchText.IsStopWord(foldedWord)) return false;
        var wordStems = SearchText.Stems(foldedWord);
        foreach (var stems in Words)
            foreach (var stem in stems)
                foreach (var candidate in wordStems)
                    if (candidate == stem || (stem.Length >= MinPrefixLength && candidate.StartsWith(stem, StringComparison.Ordinal)))
                        return true;
        return false;
    }
}
