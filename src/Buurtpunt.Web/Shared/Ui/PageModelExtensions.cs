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

    /// <summary>A page with several forms validates only the one posted: the other forms' fields are dropped.</summary>
    public static void OnlyValidate(this PageModel page, string prefix)
    {
        foreach (var key in page.ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList())
            page.ModelState.Remove(key);
    }
}
