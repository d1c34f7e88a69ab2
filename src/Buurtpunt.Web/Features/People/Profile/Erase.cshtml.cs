using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People.Profile;

/// <summary>The right to erasure: the account and every row about the person go.</summary>
public class EraseModel(UserManager<User> users, SignInManager<User> signIn, PersonalData personalData, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public bool Sure { get; set; }

    /// <summary>Also remove what they wrote in public; otherwise it stays, signed "former resident".</summary>
    [BindProperty]
    public bool RemoveContributions { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } id) return Challenge();
        if (!Sure)
        {
            ModelState.AddModelError(nameof(Sure), l["Erase.NotSure"]);
            return this.InvalidPage();
        }
        await personalData.EraseAsync(Guid.Parse(id), RemoveContributions, cancellationToken);
        await signIn.SignOutAsync();
        TempData["Notice"] = "Erase.Done";
        return RedirectToPage("/People/Pages/SignIn");
    }
}
