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
        // Two-step sign-in on an unproven account is not the owner's: the first proof removes it.
        if (link is null || user is null || (user.TwoFactorEnabled && user.EmailConfirmed) || await users.IsLockedOutAsync(user) || await IsStaffAsync(user.Id))
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
        // Opening the mail proves the address: what was set before that proof may be a squatter's, and goes.
        if (!(await users.ProveFirstAsync(user, AddressProof.IsRegistrant(HttpContext, user))).Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
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
