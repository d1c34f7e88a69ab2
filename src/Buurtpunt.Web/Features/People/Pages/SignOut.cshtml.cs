using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.People.Pages;

public class SignOutModel(SignInManager<User> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Response.Cookies.Delete(OnBehalf.CookieName, new CookieOptions { Path = "/" });
        return LocalRedirect("/");
    }
}
