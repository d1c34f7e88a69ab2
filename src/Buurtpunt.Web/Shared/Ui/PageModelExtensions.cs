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
}
