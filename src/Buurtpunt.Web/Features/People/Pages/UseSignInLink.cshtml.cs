using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public class UseSignInLinkModel(AppDbContext db, UserManager<User> users, SignInManager<User> signIn, MunicipalClock clock) : PageModel
{
    public bool Valid { get; private set; }

    public async Task OnGetAsync(string token)
    {
        Valid = await FindAsync(token) is not null;
        if (!Valid) Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var link = await FindAsync(token);
        var user = link is null ? null : await users.FindByIdAsync(link.UserId.ToString());
        // A link is one factor: staff and accounts with two-step sign-in use their password and code.
        if (link is null || user is null || user.TwoFactorEnabled || await users.IsLockedOutAsync(user) || await IsStaffAsync(user.Id))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Used once, even when two requests race: only the request that marks it wins.
        var now = clock.UtcNow;
        if (await db.SignInLinks.Where(l => l.Id == link.Id && l.UsedUtc == null).ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedUtc, now)) != 1)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!user.EmailConfirmed)
        {
            // Opening the mail proves the address. A password or passkey set before that proof may
            // belong to someone who registered the address in advance: they go.
            if (await users.HasPasswordAsync(user)) await users.RemovePasswordAsync(user);
            foreach (var passkey in await users.GetPasskeysAsync(user))
                await users.RemovePasskeyAsync(user, passkey.CredentialId);
            user.EmailConfirmed = true;
            user.Assisted = false; // a taken-over account is the resident's own once the address is proven
            await users.UpdateAsync(user);
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return LocalRedirect("/");
    }

    private Task<bool> IsStaffAsync(Guid userId) => db.RoleGrants.AnyAsync(r => r.UserId == userId && Roles.Staff.Contains(r.Role));

    // The query filter keeps links of other municipalities out: a link only works on its own host.
    private async Task<SignInLink?> FindAsync(string token)
    {
        var hash = SignInLink.Hash(token);
        var link = await db.SignInLinks.SingleOrDefaultAsync(l => l.TokenHash == hash);
        return link is not null && link.CanBeUsed(clock.UtcNow) ? link : null;
    }
}
