using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Profile;

public class ProfileModel(UserManager<User> users, SignInManager<User> signIn, AppDbContext db, Places.PlaceChanges changes) : PageModel
{
    public string Email { get; private set; } = "";
    public List<Role> Roles { get; private set; } = [];

    [BindProperty, Display(Name = "Register.Name"), Required, StringLength(People.User.DisplayNameMaxLength)]
    public string DisplayName { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        DisplayName = user.DisplayName;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return this.InvalidPage();
        }
        user.DisplayName = DisplayName.Trim();
        await users.UpdateAsync(user);
        await changes.PublishedAsync(); // the name shows on questions and answers
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Admin.Saved";
        return RedirectToPage();
    }

    /// <summary>A new security stamp makes every other device's cookie invalid at its next check.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await users.UpdateSecurityStampAsync(user);
        // Links already mailed would be a way back in: they go too.
        await db.SignInLinks.Where(l => l.UserId == user.Id && l.UsedUtc == null).ExecuteDeleteAsync();
        await signIn.SignOutAsync();
        TempData["Notice"] = "Profile.SignedOutEverywhere";
        return RedirectToPage("/People/Pages/SignIn");
    }

    private async Task LoadAsync(User user)
    {
        Email = user.Email ?? "";
        Roles = await db.RoleGrants.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.Role).Distinct().ToListAsync();
    }
}
