using System.Text.RegularExpressions;
using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Shared.Modules;

/// <summary>
/// One place for EF mappings: every <see cref="IEntityTypeConfiguration{TEntity}"/> of a feature is declared in
/// <c>Features/&lt;X&gt;/&lt;X&gt;Configuration.cs</c> (<c>Shared/&lt;X&gt;/&lt;X&gt;Configuration.cs</c> for shared pieces),
/// never next to its entity, so a feature's whole schema reads in one file.
/// </summary>
public class ConfigurationPlacementTests
{
    private static readonly string WebSource = Path.Combine(ResourceCompletenessTests.FindRepoRoot(), "src", "Buurtpunt.Web");

    private static List<Type> Configurations() => typeof(AppDbContext).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
        .ToList();

    /// <summary>Buurtpunt.Web.Features.Help (or a namespace below it) → Features/Help/HelpConfiguration.cs.</summary>
    private static string? ExpectedFile(Type type) =>
        type.Namespace?.Split('.') is ["Buurtpunt", "Web", ("Features" or "Shared") and var area, var feature, ..]
            ? Path.Combine(area, feature, $"{feature}Configuration.cs")
            : null;

    [Fact]
    public void Every_mapping_is_declared_in_the_configuration_file_of_its_feature()
    {
        var configurations = Configurations();
        Assert.True(configurations.Count >= 40, $"Only {configurations.Count} mappings found: is the discovery still looking at the web assembly?");
        var misplaced = new List<string>();
        foreach (var type in configurations)
        {
            if (ExpectedFile(type) is not { } expected)
            {
                misplaced.Add($"{type.FullName}: not in a feature's namespace (Buurtpunt.Web.Features.<X> or Buurtpunt.Web.Shared.<X>)");
                continue;
            }
            var path = Path.Combine(WebSource, expected);
            var source = File.Exists(path) ? File.ReadAllText(path) : "";
            var declared = Regex.IsMatch(source, $@"^namespace {Regex.Escape(type.Namespace!)};", RegexOptions.Multiline)
                && Regex.IsMatch(source, $@"^\s*(?:(?:public|internal|sealed|partial)\s+)*class\s+{Regex.Escape(type.Name)}\b", RegexOptions.Multiline);
            if (!declared) misplaced.Add($"{type.FullName}: expected in {expected}");
        }
        Assert.True(misplaced.Count == 0, "EF mappings outside their feature's <Feature>Configuration.cs:\n" + string.Join("\n", misplaced));
    }
}
