using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Text;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Site.Pages;

/// <summary>
/// The privacy and accessibility statements: the municipality's own text, or else a sensible
/// default in the reader's language. Buurtpunt sets only essential cookies, so no cookie banner.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public class StatementModel(AppDbContext db, SafeMarkdown markdown, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public async Task OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        var privacy = kind == "privacy";
        var m = await db.Municipalities.AsNoTracking()
            .Select(x => new { x.Name, x.ContactEmail, Text = privacy ? x.PrivacyStatement : x.AccessibilityStatement })
            .SingleAsync(cancellationToken);
        var key = privacy ? "Statement.Privacy" : "Statement.Accessibility";
        Title = l[$"{key}.Title"];
        Body = markdown.ToHtml(string.IsNullOrWhiteSpace(m.Text) ? l[$"{key}.Default", m.Name, m.ContactEmail ?? "—"] : m.Text);
    }
}
