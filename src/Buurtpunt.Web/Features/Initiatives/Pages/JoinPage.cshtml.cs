using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// An invitation to apply together: whoever signs in with the invited e-mail address joins with one
/// button. Another account sees which address to use; an invitation joins one person only.
/// </summary>
public class JoinPageModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public CoApplicant Invitation { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string Inviter { get; private set; } = "";
    public bool RightPerson { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) => await LoadAsync(token, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } refusal) return refusal;
        var me = User.PersonId()!.Value;
        if (Invitation.PersonId == me) return Redirect($"/aanvraag/{Invitation.ApplicationId}");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!RightPerson || await db.CoApplicants.Where(c => c.Id == Invitation.Id && c.PersonId == null && c.RemovedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonId, me).SetProperty(c => c.JoinedUtc, clock.UtcNow), cancellationToken) == 0)
        {
            return this.NotDonePage(StepResult.Refused("CoApplicants.JoinRefused"));
        }
        // Applying together is a conflict of interest that outlasts a later removal; scores given before it go.
        await Conflicts.RecordAsync(db, Invitation.ApplicationId, me, ConflictKind.CoApplicant, "", clock.UtcNow, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Notice"] = "CoApplicants.Welcome";
        return Redirect($"/aanvraag/{Invitation.ApplicationId}");
    }

    private async Task<IActionResult?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > 32) return NotFound();
        var found = await db.CoApplicants.AsNoTracking().Where(c => c.Token == token && c.RemovedUtc == null)
            .Select(c => new
            {
                Invitation = c,
                Title = db.Applications.Where(a => a.Id == c.ApplicationId).Select(a => a.Title).First(),
                Inviter = db.Applications.Where(a => a.Id == c.ApplicationId).SelectMany(a => db.Users.Where(u => u.Id == a.ApplicantId).Select(u => u.DisplayName)).First(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return NotFound();
        (Invitation, Title, Inviter) = (found.Invitation, found.Title, found.Inviter);
        var email = await db.Users.Where(u => u.Id == User.PersonId()).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
        RightPerson = email is not null && email == Invitation.Email.ToUpperInvariant() && (Invitation.PersonId is null || Invitation.PersonId == User.PersonId());
        return null;
    }
}
