using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Buurtpunt.Web.Shared.Text;

/// <summary>
/// Text that people write (statements now, news and answers later) is Markdown; it becomes
/// HTML through Markdig and then passes HtmlSanitizer, so no script or event handler survives.
/// </summary>
public sealed class SafeMarkdown
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public SafeMarkdown()
    {
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "https", "http", "mailto", "tel" }) _sanitizer.AllowedSchemes.Add(scheme);
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("img");
    }

    public IHtmlContent ToHtml(string markdown) => new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline)));
}
