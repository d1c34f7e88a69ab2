using Buurtpunt.Testing;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Shared.Modules;

/// <summary>
/// Each feature's module declares who reaches each of its pages (<see cref="PageAccess"/>): no page is
/// forgotten, no rule points at nothing, and what was declared is what the compiled page enforces.
/// </summary>
public class PageRulesTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private sealed record Page(string Path, IReadOnlyList<IAuthorizeData> Authorize, bool TwoSteps);

    private async Task<List<Page>> CompiledPagesAsync()
    {
        var descriptors = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<Page>();
        foreach (var descriptor in descriptors.DistinctBy(d => d.ViewEnginePath))
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            pages.Add(new Page(descriptor.ViewEnginePath, compiled.EndpointMetadata.OfType<IAuthorizeData>().ToList(),
                compiled.FilterDescriptors.Any(f => f.Filter is RequireTwoStepForStaff)));
        }
        return pages;
    }

    private PageRules Rules => factory.Services.GetRequiredService<PageRules>();

    [Fact]
    public async Task Every_page_has_a_rule_declared_by_the_module_of_its_own_feature()
    {
        var pages = await CompiledPagesAsync();
        Assert.True(pages.Count >= 90, $"Only {pages.Count} pages found: is the discovery still looking at the compiled pages?");
        var forgotten = pages.Where(p => !Rules.For(p.Path).Any()).Select(p => p.Path).ToList();
        Assert.True(forgotten.Count == 0, "Pages whose module declares no access rule:\n" + string.Join("\n", forgotten));
        var foreign = pages.SelectMany(p => Rules.For(p.Path).Where(d => !p.Path.StartsWith($"/{d.Feature}/", StringComparison.Ordinal))
            .Select(d => $"{p.Path} ruled by {d.Feature}")).ToList();
        Assert.True(foreign.Count == 0, "Rules declared by another feature's module:\n" + string.Join("\n", foreign));
    }

    [Fact]
    public async Task Every_declared_rule_names_pages_that_exist()
    {
        var pages = await CompiledPagesAsync();
        var stale = Rules.All.Where(d => !pages.Any(p => PageRules.Covers(d.Path, p.Path))).Select(d => $"{d.Feature}: {d.Path}").ToList();
        Assert.True(stale.Count == 0, "Rules for pages that do not exist (a typo lets the real page through):\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task The_compiled_pages_enforce_exactly_what_their_modules_declared()
    {
        var wrong = new List<string>();
        foreach (var page in await CompiledPagesAsync())
        {
            var rules = Rules.For(page.Path).ToList();
            var signedIn = rules.Any(r => r.Rule != PageRule.Public);
            var policies = rules.Where(r => r.Policy is not null).Select(r => r.Policy!).Order().ToList();
            var twoSteps = rules.Any(r => r.TwoSteps);
            if (signedIn != page.Authorize.Count > 0) wrong.Add($"{page.Path}: declared {(signedIn ? "signed in" : "public")}, compiled with {page.Authorize.Count} authorize entries");
            if (!policies.SequenceEqual(page.Authorize.Where(a => a.Policy is not null).Select(a => a.Policy!).Order()))
                wrong.Add($"{page.Path}: declared policies [{string.Join(", ", policies)}], compiled [{string.Join(", ", page.Authorize.Select(a => a.Policy))}]");
            if (twoSteps != page.TwoSteps) wrong.Add($"{page.Path}: declared two steps {twoSteps}, compiled {page.TwoSteps}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Staff_folders_are_behind_a_role_policy_and_two_steps()
    {
        // The administrators' and workers' folders of every feature: a slip in one module would open a staff page.
        var pages = await CompiledPagesAsync();
        var staffPages = pages.Where(p => p.Path.Split('/') is [_, _, "Admin" or "Desk", ..]).ToList();
        Assert.NotEmpty(staffPages);
        var open = staffPages.Where(p => !p.TwoSteps || !p.Authorize.Any(a => a.Policy is PeopleModule.AdministratorPolicy or PeopleModule.WorkerPolicy or PeopleModule.TenderPolicy))
            .Select(p => p.Path).ToList();
        Assert.True(open.Count == 0, "Staff pages without a role policy and two steps:\n" + string.Join("\n", open));
    }
}
