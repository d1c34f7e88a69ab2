using Buurtpunt.Core.Search;

namespace Buurtpunt.Core.Tests.Search;

public class SearchTextTests
{
    private static bool Finds(string query, string text)
    {
        var terms = SearchText.Terms(text).Split(' ').ToHashSet();
        return SearchQuery.Parse(query).Words.All(stems => stems.Any(s =>
            terms.Contains(s) || (s.Length >= SearchQuery.MinPrefixLength && terms.Any(t => t.StartsWith(s, StringComparison.Ordinal)))));
    }

    [Theory]
    [InlineData("fietsen", "Breng uw kapotte fiets mee")]
    [InlineData("fiets", "Wie helpt met het herstellen van fietsen?")]
    [InlineData("cafe", "Het repair café van Runkelen")]
    [InlineData("café", "Koffie in het cafe")]
    [InlineData("ZITBANKEN", "Nieuwe zitbank aan de kerk")]
    [InlineData("identiteitskaart aanvragen", "Waar vraag ik een nieuwe identiteitskaart aan? U kunt ze aanvragen bij Burgerzaken.")]
    [InlineData("vélos", "Mobipoint : vélo partagé")]
    [InlineData("bikes", "Shared bike and a shared car")]
    [InlineData("fiets", "Een fietsenstalling aan het station")]
    [InlineData("3800", "Dorpsstraat 21, 3800 Zepperen")]
    public void Dutch_French_and_English_words_find_their_forms(string query, string text) => Assert.True(Finds(query, text));

    [Theory]
    [InlineData("fiets", "Een auto en een bus")]
    [InlineData("kerk ziekenhuis", "Nieuwe zitbank aan de kerk")]
    [InlineData("bus", "Een business plan")]
    public void Unrelated_words_do_not_match(string query, string text) => Assert.False(Finds(query, text));

    [Fact]
    public void Common_words_are_not_indexed_and_not_searched()
    {
        Assert.Equal("", SearchText.Terms("de het een en van"));
        Assert.Equal(2, SearchQuery.Parse("de bus naar het ziekenhuis").Words.Count);
        Assert.True(SearchQuery.Parse("de het").IsEmpty);
    }

    [Fact]
    public void Accents_and_case_are_folded() => Assert.Equal("creme brulee oeuvre", string.Join(' ', SearchText.Words("Crème Brûlée, Œuvre").Select(w => w.Folded)));

    [Theory]
    [InlineData("\"fiets\" OR kerk*", "(\"fiet\" OR \"fiet\"*) AND (\"kerk\" OR \"kerk\"*)")]
    [InlineData("NEAR(fiets kerk) -bus ^x", "(\"near\" OR \"near\"*) AND (\"fiet\" OR \"fiet\"*) AND (\"kerk\" OR \"kerk\"*) AND (\"bus\")")]
    [InlineData("fiets:* & !kerk | (bus)", "(\"fiet\" OR \"fiet\"*) AND (\"kerk\" OR \"kerk\"*) AND (\"bus\")")]
    public void Operators_typed_by_a_person_never_reach_the_engine(string typed, string expected)
    {
        var query = SearchQuery.Parse(typed);
        Assert.Equal(expected, query.ToFts5(allWords: true));
        Assert.DoesNotContain(":*&", query.ToTsQuery(allWords: true).Replace(" ", ""));
        Assert.All(query.Words.SelectMany(w => w), stem => Assert.True(stem.All(char.IsLetterOrDigit), stem));
    }

    [Fact]
    public void A_query_becomes_a_tsquery_of_stems()
    {
        var query = SearchQuery.Parse("fietsen kerk");
        Assert.Equal("(fiets | fiets:*) & (kerk | kerk:*)", query.ToTsQuery(allWords: true));
        Assert.Equal("(fiets | fiets:*) | (kerk | kerk:*)", query.ToTsQuery(allWords: false));
    }

    [Fact]
    public void A_long_query_counts_only_its_first_words()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 50).Select(i => $"woord{i}")));
        Assert.Equal(SearchText.MaxQueryWords, query.Words.Count);
    }
}

public class HighlighterTests
{
    private static string Render(IEnumerable<Segment> segments) => string.Concat(segments.Select(s => s.Match ? $"[{s.Text}]" : s.Text));

    [Fact]
    public void Matching_words_are_marked_in_their_original_form() =>
        Assert.Equal("Breng uw kapotte [fiets] naar het repair [café].", Render(Highlighter.Mark("Breng uw kapotte fiets naar het repair café.", SearchQuery.Parse("fietsen cafe"))));

    [Fact]
    public void Common_words_are_never_marked() =>
        Assert.Equal("De [bus] naar het [ziekenhuis]", Render(Highlighter.Mark("De bus naar het ziekenhuis", SearchQuery.Parse("de bus het ziekenhuis"))));

    [Fact]
    public void A_long_text_is_cut_around_the_matches()
    {
        var text = string.Join(' ', Enumerable.Repeat("lorem", 100)) + " de fiets staat hier " + string.Join(' ', Enumerable.Repeat("ipsum", 100));
        var snippet = Render(Highlighter.Snippet(text, SearchQuery.Parse("fiets"), maxWords: 12));
        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("[fiets]", snippet);
        Assert.True(snippet.Split(' ').Length <= 16, snippet);
    }

    [Fact]
    public void A_short_text_is_kept_whole() =>
        Assert.Equal("Geen treffer hier", Render(Highlighter.Snippet("Geen treffer hier", SearchQuery.Parse("fiets"))));
}
