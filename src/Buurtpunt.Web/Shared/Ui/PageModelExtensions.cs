using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Shared.Ui;

public static class PageModelExtensions
{
    /// <summary>Where <see cref="NotDonePage"/> leaves the message that <c>/Shared/Ui/_Problem.cshtml</c> shows above the page.</summary>
    public const string ProblemKey = "Problem";

    /// <summary>Shows the form again with its messages, answered as 400 so that bad input is never a silent 200.</summary>
    public static PageResult InvalidPage(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }

    /// <summary>The page again with one message on a field, answered with the status that says why.</summary>
    public static PageResult ProblemPage(this PageModel page, string field, string message, int status = StatusCodes.Status400BadRequest)
    {
        page.ModelState.AddModelError(field, message);
        page.Response.StatusCode = status;
        return page.Page();
    }

    /// <summary>
    /// The page again after a step that was not taken, answered with the status of its result: 403 not yours,
    /// 409 not possible now or changed meanwhile, 400 the input. The person reads the step's own reason, or else
    /// the page's words for a refused step (<paramref name="refused"/>) or one someone else changed first
    /// (<paramref name="changed"/>, by default the same words). The message goes on <paramref name="field"/>
    /// ("" is the form's summary), or, without a field, above the page (<c>/Shared/Ui/_Problem.cshtml</c>).
    /// </summary>
    public static PageResult NotDonePage(this PageModel page, StepResult result, string? refused = null, string? changed = null, string? field = null,
        params object[] arguments)
    {
        if (result.IsDone) throw new ArgumentException("A step that was done has nothing to refuse.", nameof(result));
        var key = result.Reason ?? (result.Kind == StepKind.Changed ? changed ?? refused ?? "Step.Changed" : refused ?? "Step.Refused");
        var message = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[key, arguments].Value;
        if (field is null) page.ViewData[ProblemKey] = message;
        else page.ModelState.AddModelError(field, message);
        return page.StatusPage(result);
    }

    /// <summary>The page as it stands, answered with the status of a step's result (for a page that lists its problems itself).</summary>
    public static PageResult StatusPage(this PageModel page, StepResult result)
    {
        page.Response.StatusCode = result.Status;
        return page.Page();
    }

    /// <summary>A page with several forms validates only the one posted: the other forms' fields are dropped.</summary>
    public static void OnlyValidate(this PageModel page, string prefix)
    {
        foreach (var key in page.ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList())
            page.ModelState.Remove(key);
    }
}
