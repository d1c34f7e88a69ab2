using System.Reflection;
using System.Text.RegularExpressions;
using Buurtpunt.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Shared.Modules;

/// <summary>
/// Features keep to their own tables: a feature reads another feature's DbSet only through the catalogue every
/// feature hangs on (municipalities, users, Places' areas and points) or what that feature offers through its
/// module. The few reads that remain are listed here with their reason; a new one fails the test.
/// </summary>
public partial class FeatureBoundaryTests
{
    /// <summary>"file:set" of each read allowed, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        // Who holds a staff role is People's catalogue, like the users themselves; these three ask only that.
        ["Places/Admin/AreaEdit.cshtml.cs:RoleGrants"] = "an area with roles granted for it cannot be deleted (the roles would vanish unaudited)",
        ["Initiatives/Reviews.cs:RoleGrants"] = "a review seat counts only while its holder holds a staff role, in the same query as the seat",
        ["Initiatives/Admin/CallReview.cshtml.cs:RoleGrants"] = "only a person with a staff role can be given a seat",
    };

    [GeneratedRegex(@"\b[Dd]b\.(\w+)\b")]
    private static partial Regex SetRead();

    private static string FeatureOf(Type entity) => entity.Namespace!.Split('.') switch
    {
        [_, _, "Features", var feature, ..] => feature,
        _ when entity.Assembly != typeof(AppDbContext).Assembly => "People", // Identity's tables are the accounts'
        _ => "Shared",
    };

    /// <summary>Each DbSet of the context and the feature whose entity it holds.</summary>
    private static Dictionary<string, string> SetOwners() => typeof(AppDbContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
        .ToDictionary(p => p.Name, p => FeatureOf(p.PropertyType.GenericTypeArguments[0]));

    private static string FeaturesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Buurtpunt.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Buurtpunt.slnx not found above the test binaries"), "src", "Buurtpunt.Web", "Features");
    }

    internal static List<string> CrossReads()
    {
        var owners = SetOwners();
        var reads = new List<string>();
        var root = FeaturesFolder();
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml")))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var feature = relative.Split('/')[0];
            if (feature == "Demo" || !relative.Contains('/')) continue; // the demo writes every feature's rows by design
            foreach (Match read in SetRead().Matches(File.ReadAllText(file)))
            {
                var set = read.Groups[1].Value;
                if (!owners.TryGetValue(set, out var owner) || owner == feature || owner is "Places" or "Shared" || set is "Users" or "Municipalities") continue;
                reads.Add($"{relative}:{set}");
            }
        }
        return reads;
    }

    [Fact]
    public void The_context_knows_which_feature_owns_each_table()
    {
        var owners = SetOwners();
        Assert.Equal("Questions", owners["Questions"]);
        Assert.Equal("Initiatives", owners["Applications"]);
        Assert.Equal("Places", owners["Points"]);
        Assert.True(owners.Count >= 45, $"Only {owners.Count} sets found");
    }

    [Fact]
    public void Features_read_another_features_tables_only_where_listed()
    {
        var reads = CrossReads();
        Assert.True(reads.Count <= 10, $"{reads.Count} reads of another feature's tables (at most 10):\n" + string.Join("\n", reads));
        var unlisted = reads.Distinct().Where(r => !Allowed.ContainsKey(r)).ToList();
        Assert.True(unlisted.Count == 0, "Reads of another feature's tables that are not listed with a reason:\n" + string.Join("\n", unlisted));
    }
}
