using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Buurtpunt.Web.Shared.Modules;

/// <summary>
/// How a module says who reaches its pages. A path is relative to the feature's folder and names a
/// folder (every page under it) or one page; the most specific declaration is the page's rule, and
/// the rules add up (a page in a staff folder needs both). Every declaration is recorded in
/// <see cref="PageRules"/>, so a test can prove no page was forgotten.
/// </summary>
public sealed class PageAccess(PageConventionCollection conventions, string feature, PageRules rules)
{
    /// <summary>Anyone, signed in or not (a page's own handlers may still check more).</summary>
    public PageAccess Public(params string[] paths) => Declare(paths, PageRule.Public, null, twoSteps: false);

    /// <summary>Any signed-in person.</summary>
    public PageAccess SignedIn(params string[] paths) => Declare(paths, PageRule.SignedIn, null, twoSteps: false);

    /// <summary>Staff who meet the policy, in a session with two steps (others are sent to take theirs).</summary>
    public PageAccess Staff(string policy, params string[] paths) => Declare(paths, PageRule.Staff, policy, twoSteps: true);

    /// <summary>Signed in, and a staff person must have taken both steps (e.g. erasing one's own account).</summary>
    public PageAccess SignedInTwoStepsForStaff(params string[] paths) => Declare(paths, PageRule.SignedIn, null, twoSteps: true);

    /// <summary>A second address for a page (e.g. the point's own agenda).</summary>
    public PageAccess Route(string page, string template)
    {
        conventions.AddPageRoute(Full(page), template);
        return this;
    }

    private PageAccess Declare(string[] paths, PageRule rule, string? policy, bool twoSteps)
    {
        foreach (var path in paths)
        {
            var full = Full(path);
            rules.Add(new PageRules.Declaration(feature, full, rule, policy, twoSteps));
            if (rule == PageRule.Public) continue;
            conventions.Add(new Convention(full, model =>
            {
                model.EndpointMetadata.Add(policy is null ? new AuthorizeAttribute() : new AuthorizeAttribute(policy));
                if (twoSteps) model.Filters.Add(new RequireTwoStepForStaff());
            }));
        }
        return this;
    }

    private string Full(string path) => $"/{feature}/{path.Trim('/')}";

    /// <summary>Applies to the page at the path and to every page under it as a folder.</summary>
    private sealed class Convention(string path, Action<PageApplicationModel> apply) : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            if (PageRules.Covers(path, model.ViewEnginePath)) apply(model);
        }
    }
}

public enum PageRule { Public, SignedIn, Staff }

/// <summary>Every access rule the modules declared.</summary>
public sealed class PageRules
{
    public sealed record Declaration(string Feature, string Path, PageRule Rule, string? Policy, bool TwoSteps);

    private readonly List<Declaration> declarations = [];

    public IReadOnlyList<Declaration> All => declarations;

    internal void Add(Declaration declaration) => declarations.Add(declaration);

    /// <summary>The declarations that apply to a page (e.g. <c>/Places/Admin/Areas</c>), most general first.</summary>
    public IEnumerable<Declaration> For(string page) =>
        declarations.Where(d => Covers(d.Path, page)).OrderBy(d => d.Path.Length);

    public static bool Covers(string path, string page) =>
        page == path || page.StartsWith(path + "/", StringComparison.Ordinal);
}
