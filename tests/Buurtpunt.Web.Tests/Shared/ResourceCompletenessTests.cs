using System.Xml.Linq;

namespace Buurtpunt.Web.Tests.Shared;

/// <summary>Every text exists in Dutch, French and English, and no culture has a key the others lack.</summary>
public class ResourceCompletenessTests
{
    private static readonly string ResourceFolder = Path.Combine(FindRepoRoot(), "src", "Buurtpunt.Web", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    [Theory]
    [InlineData("SharedResource.fr.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Each_culture_has_exactly_the_keys_of_Dutch_and_none_is_empty(string file)
    {
        var dutch = Read("SharedResource.resx");
        var other = Read(file);
        Assert.Empty(dutch.Keys.Except(other.Keys));
        Assert.Empty(other.Keys.Except(dutch.Keys));
        Assert.Empty(other.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
        Assert.Empty(dutch.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
        // Placeholders must match, or a translation would throw or drop a value.
        foreach (var (key, text) in dutch)
            Assert.True(Placeholders(text).SetEquals(Placeholders(other[key])), $"{key} has other placeholders in {file}");
    }

    [Fact]
    public void Every_key_used_in_code_and_pages_exists()
    {
        var keys = Read("SharedResource.resx").Keys.ToHashSet();
        var source = Path.Combine(FindRepoRoot(), "src", "Buurtpunt.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains("Migrations"))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\b[Ll]\[""([A-Za-z0-9.\-]+)""|(?:ErrorMessage|Name) = ""([A-Z][A-Za-z]+\.[A-Za-z.]+)""")
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(used);
        var missing = used.Except(keys).ToList();
        Assert.Empty(missing);
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Buurtpunt.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
