using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// Applying together: the applicant invites neighbours by e-mail (at most <see cref="MaxCoApplicants"/>),
/// sees who joined, and can take an invitation back until the decision. Inviting sends mail from the
/// city to any address: it counts for the mail rate limit, and an account sends at most
/// <see cref="CoApplicant.InvitationsPerDay"/> a day.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public class CoApplicantsPageModel(AppDbContext db, OnBehalf onBehalf, Applications applications, MunicipalClock clock, Mailer mailer, PublicLinks links,
    CurrentMunicipality municipality, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxCoApplicants = 5;

    public Application Application { get; private set; } = null!;
    public List<CoApplicant> People { get; private set; } = [];
    public bool Open => Application.DecidedUtc is null && Application.Status != ApplicationStatus.Withdrawn;

    [BindProperty, Display(Name = "CoApplicants.Field.Name"), Required, StringLength(CoApplicant.NameMaxLength)]
    public string? Name { get; set; }

    [BindProperty, Display(Name = "CoApplicants.Field.Email"), Required, EmailAddress(ErrorMessage = "Validation.Email"),
     StringLength(CoApplicant.EmailMaxLength)]
    public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Open) return this.NotDonePage(StepResult.Refused("CoApplicants.Closed"), field: nameof(Email));
        var email = Email?.Trim() ?? "";
        if (People.Count >= MaxCoApplicants) ModelState.AddModelError(nameof(Email), l["CoApplicants.TooMany", MaxCoApplicants]);
        if (People.Any(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))) ModelState.AddModelError(nameof(Email), l["CoApplicants.Already"]);
        if (!ModelState.IsValid) return this.InvalidPage();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The write comes first (as in Registrations): it holds the account's row (SQLite: the write lock), so
        // invitations sent at the same moment are counted one after the other and the cap holds exactly.
        var applicant = Application.ApplicantId;
        await db.Users.Where(u => u.Id == applicant).ExecuteUpdateAsync(x => x.SetProperty(u => u.Language, u => u.Language), cancellationToken);
        if (await SentTodayAsync(applicant, cancellationToken) >= CoApplicant.InvitationsPerDay)
            return this.ProblemPage(nameof(Email), l["CoApplicants.DailyCap", CoApplicant.InvitationsPerDay], StatusCodes.Status429TooManyRequests);
        var invitation = new CoApplicant { ApplicationId = id, Name = Name!.Trim(), Email = email, Token = Application.NewSupportToken(), InvitedUtc = clock.UtcNow };
        db.CoApplicants.Add(invitation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsViolated<CoApplicant>(db, nameof(CoApplicant.ApplicationId), nameof(CoApplicant.Email)))
        {
            return this.NotDonePage(StepResult.Changed("CoApplicants.Already"), field: nameof(Email)); // the same address invited at the same moment
        }
        await transaction.CommitAsync(cancellationToken);
        // Only the city's own words and the link: nothing the inviter typed (their name, the title, the invitee's
        // name) reaches a stranger's inbox from the city's sender. The invitee reads who and what after signing in.
        mailer.Send(new OutgoingMail(email, "", l["Mail.CoApplicant.Subject"],
            l["Mail.CoApplicant.Text", links.Absolute($"/meedoen/{invitation.Token}"), municipality.Info?.Name ?? "Buurtpunt"]));
        TempData["Notice"] = "CoApplicants.Invited";
        return Redirect($"/aanvraag/{id}/samen");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int person, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Open) return this.NotDonePage(StepResult.Refused("CoApplicants.Closed"), field: nameof(Email));
        // Kept as a row without name, address or person: it still counts for the daily cap, and its link no longer works.
        if (await db.CoApplicants.Where(c => c.Id == person && c.ApplicationId == id && c.RemovedUtc == null)
                .ExecuteUpdateAsync(x => x.SetProperty(c => c.RemovedUtc, clock.UtcNow).SetProperty(c => c.Name, "").SetProperty(c => c.Email, "")
                    .SetProperty(c => c.PersonId, (Guid?)null).SetProperty(c => c.JoinedUtc, (DateTime?)null), cancellationToken) == 0)
            return NotFound();
        TempData["Notice"] = "CoApplicants.Removed";
        return Redirect($"/aanvraag/{id}/samen");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await applications.OfApplicantAsync(id, (await onBehalf.ActorAsync(cancellationToken))?.PersonId, cancellationToken) is not { } application) return NotFound();
        Application = application;
        People = await db.CoApplicants.AsNoTracking().Where(c => c.ApplicationId == id && c.RemovedUtc == null).OrderBy(c => c.InvitedUtc).ToListAsync(cancellationToken);
        return null;
    }

    /// <summary>Invitations the applicant's account sent in the last 24 hours, over all its applications, removed ones included.</summary>
    private Task<int> SentTodayAsync(Guid applicant, CancellationToken cancellationToken)
    {
        var since = clock.UtcNow.AddDays(-1);
        return db.CoApplicants.CountAsync(c => c.InvitedUtc > since && db.Applications.Any(a => a.Id == c.ApplicationId && a.ApplicantId == applicant), cancellationToken);
    }
}
