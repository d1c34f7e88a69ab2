using System.Text.RegularExpressions;
using System.Xml.Linq;
using Buurtpunt.Web.Features.Initiatives;

namespace Buurtpunt.Web.Tests.Shared;

/// <summary>
/// A step that is not taken tells the person why by a resource key (Shared/Workflow/StepResult), in the code
/// of the step or in the page's words: each must be a text, or the person would read the key.
/// </summary>
public class StepReasonTests
{
    [Fact]
    public void Every_reason_a_step_or_page_gives_is_a_text_in_the_resources()
    {
        var root = ResourceCompletenessTests.FindRepoRoot();
        var keys = XDocument.Load(Path.Combine(root, "src", "Buurtpunt.Web", "Resources", "SharedResource.resx")).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).ToHashSet();
        var code = Directory.EnumerateFiles(Path.Combine(root, "src", "Buurtpunt.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).Select(File.ReadAllText).ToList();
        var given = code.SelectMany(text => Regex.Matches(text, @"StepResult\.(?:Forbidden|Refused|Changed|Invalid)\(""([^""]+)""\)").Select(m => m.Groups[1].Value)).ToList();
        var words = code.SelectMany(text => Regex.Matches(text, @"NotDonePage\(([^;]*)\);").SelectMany(call =>
            Regex.Matches(call.Groups[1].Value, @"""([A-Z][A-Za-z]+\.[A-Za-z.]+)""").Select(m => m.Groups[1].Value))).ToList();

        Assert.Contains("Review.Problem.AlreadyScored", given); // the scan finds what it should
        Assert.Contains("Help.StepRefused", words);
        Assert.Empty(given.Concat(words).Append(Supports.AddressAlready).Append("Step.Refused").Append("Step.Changed").Distinct().Except(keys));
    }
}
