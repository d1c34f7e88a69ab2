using Buurtpunt.Core.Places;

namespace Buurtpunt.Core.Tests.Places;

public class SlugTests
{
    [Theory]
    [InlineData("Sint-Truiden Centrum", "sint-truiden-centrum")]
    [InlineData("Café  Aalst!", "cafe-aalst")]
    [InlineData("  Zepperen ", "zepperen")]
    public void From_text_gives_readable_slug(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("runkelen", true)]
    [InlineData("Runkelen", false)]
    [InlineData("run kelen", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_normalised_slugs(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));
}
