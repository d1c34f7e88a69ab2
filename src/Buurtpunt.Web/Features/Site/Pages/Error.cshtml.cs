using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.Site.Pages;

/// <summary>One friendly page for every error status; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public class ErrorModel : PageModel
{
    private static readonly int[] Known = [400, 403, 404, 405, 413, 429, 500, 503];

    public int Kind { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        // After an exception the handler has set the status (500, or 503 when the database could not answer: Data/DatabaseUnavailable).
        var status = HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? code ?? 404 : Response.StatusCode;
        Kind = Known.Contains(status) ? status : status >= 500 ? 500 : 400;
        // Reached directly (not re-executed), the page still answers with the status it names.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            Response.StatusCode = Kind;
    }
}
