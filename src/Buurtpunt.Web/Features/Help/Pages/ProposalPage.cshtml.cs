using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>
/// One proposal, for the volunteer it was made to (anyone else: not found). Before they accept they
/// see what the help is, when and in which area — never who, the address or the phone number;
/// those appear once they said yes. They accept or decline (with a reason if they like).
/// </summary>
public class ProposalPageModel(AppDbContext db, HelpWork work) : PageModel
{
    public HelpMatch Match { get; private set; } = null!;
    public HelpRequest Help { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public string? PointName { get; private set; }
    /// <summary>Who asked and how to reach them: only once the volunteer accepted.</summary>
    public (string Name, string? Address, string? Phone)? Contact { get; private set; }

    [BindProperty, Display(Name = "Proposal.DeclineNote"), StringLength(HelpMatch.NoteMaxLength)]
    public string? DeclineNote { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken cancellationToken) => AnswerAsync(id, HelpStep.Accept, null, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken cancellationToken) => AnswerAsync(id, HelpStep.Decline, DeclineNote, cancellationToken);

    private async Task<IActionResult> AnswerAsync(int id, HelpStep step, string? note, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = Match.Status != MatchStatus.Proposed ? StepResult.Refused()
            : await work.TakeAsync(Match.RequestId, step, [HelpActor.Volunteer], User.PersonId(), note, cancellationToken, matchId: id);
        if (!result.IsDone)
        {
            // Whatever stopped it, the proposal as it stands now says what happened.
            await LoadAsync(id, cancellationToken);
            return this.NotDonePage(result, Match.Status == MatchStatus.Proposed ? "Proposal.Changed" : "Proposal.AlreadyAnswered");
        }
        TempData["Notice"] = step == HelpStep.Accept ? "Proposal.AcceptedNotice" : "Proposal.DeclinedNotice";
        return Redirect(step == HelpStep.Accept ? $"/hulp/voorstel/{id}" : "/hulp/voorstellen");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var me = User.PersonId();
        var match = await db.HelpMatches.AsNoTracking().Include(m => m.Request).SingleOrDefaultAsync(m => m.Id == id && m.Volunteer!.UserId == me, cancellationToken);
        if (match is null) return NotFound();
        (Match, Help) = (match, match.Request!);
        AreaName = await db.Areas.AsNoTracking().Where(a => a.Id == Help.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        PointName = Help.PointId is { } point ? await db.Points.AsNoTracking().Where(p => p.Id == point).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) : null;
        Contact = null;
        if (match.Status is MatchStatus.Accepted or MatchStatus.Done)
        {
            var name = await db.Users.AsNoTracking().Where(u => u.Id == Help.RequesterId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            Contact = (name, Help.Address, Help.Phone);
        }
        return null;
    }
}
