using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Shared.Ui;

public static class PageModelExtensions
{
    /// <summary>Shows the form again with its messages, answered as 400 so that bad input is never a silent 200.</summary>
    public static PageResult InvalidPage(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }

    /// <summary>The page again with one message on a field, answered with the status that says why (409: not in this state).</summary>
    public static PageResult ProblemPage(this PageModel page, string field, string message, int status = StatusCodes.Status400BadRequest)
    {
        page.ModelState.AddModelError(field, message);
        page.Response.StatusCode = status;
        return page.Page();
    }

    /// <summary>A page with several forms validates only the one posted: the other forms' fields are dropped.</summary>
    public static void OnlyValidate(this PageModel page, string prefix)
    {
        foreach (var key in page.ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList())
            page.ModelState.Remove(key);
    }
}
