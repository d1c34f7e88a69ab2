namespace Buurtpunt.Core.Search;

/// <summary>A piece of text to show, marked when it is a word the person searched for.</summary>
public readonly record struct Segment(string Text, bool Match);

/// <summary>Marks the searched words in a text and cuts a long text to the part where most of them are.</summary>
public static class Highlighter
{
    /// <summary>The whole text, its matching words marked.</summary>
    public static IReadOnlyList<Segment> Mark(string text, SearchQuery query) => Mark(text, query, 0, text.Length);

    /// <summary>
    /// At most <paramref name="maxWords"/> words around the densest cluster of matches, with "…"
    /// where text was cut. A text without matches gives its start.
    /// </summary>
    public static IReadOnlyList<Segment> Snippet(string text, SearchQuery query, int maxWords = 30)
    {
        var words = SearchText.Words(text).ToList();
        if (words.Count <= maxWords) return Mark(text, query);
        var hits = words.Select(w => query.Matches(w.Folded) ? 1 : 0).ToArray();
        int best = 0, bestCount = -1, count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            count += hits[i];
            if (i >= maxWords) count -= hits[i - maxWords];
            var first = Math.Max(0, i - maxWords + 1);
            if (count > bestCount) (best, bestCount) = (first, count);
        }
        // Start a little before the first match so it has some context.
        var firstHit = Array.IndexOf(hits, 1, best);
        if (firstHit > best + 3) best = Math.Min(firstHit - 3, words.Count - maxWords);
        var last = Math.Min(words.Count - 1, best + maxWords - 1);
        var start = best == 0 ? 0 : words[best].Start;
        var end = last == words.Count - 1 ? text.Length : words[last].Start + words[last].Length;
        var segments = new List<Segment>();
        if (start > 0) segments.Add(new Segment("… ", false));
        segments.AddRange(Mark(text, query, start, end));
        if (end < text.Length) segments.Add(new Segment(" …", false));
        return segments;
    }

    private static List<Segment> Mark(string text, SearchQuery query, int start, int end)
    {
        var segments = new List<Segment>();
        var at = start;
        foreach (var word in SearchText.Words(text[start..end]))
        {
            if (!query.Matches(word.Folded)) continue;
            var wordStart = start + word.Start;
            if (wordStart > at) segments.Add(new Segment(text[at..wordStart], false));
            segments.Add(new Segment(text.Substring(wordStart, word.Length), true));
            at = wordStart + word.Length;
        }
        if (at < end) segments.Add(new Segment(text[at..end], false));
        return segments;
    }
}
