using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.Site.Pages;

/// <summary>Shown (404) when the host name selects no municipality; see TenancyModule.</summary>
[IgnoreAntiforgeryToken]
public class UnknownMunicipalityModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
