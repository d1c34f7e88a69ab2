using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>
/// One request for help, for the person who asked and the area's staff (anyone else: not found).
/// It shows where the request stands and its history; it offers exactly the steps
/// <see cref="HelpFlow"/> allows this person now (staff: withdraw, done, no one found, reopen;
/// the person who asked: cancel, and thanks once the help was given). Staff viewing it is audited.
/// </summary>
public class HelpRequestPageModel(AppDbContext db, OnBehalf onBehalf, HelpWork work, Audit audit, IAuthorizationService authorization) : PageModel
{
    public sealed record Step(DateTime AtUtc, HelpStep What, HelpStatus Status, string? By, string? Note);
    public sealed record MatchRow(int Id, string Volunteer, MatchStatus Status, DateTime ProposedUtc, DateTime? AnsweredUtc, string? DeclineNote, string? Thanks);

    public HelpRequest Help { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public string? PointName { get; private set; }
    public string RequesterName { get; private set; } = "";
    public bool IsOwn { get; private set; }
    public bool IsStaff { get; private set; }
    public IReadOnlyList<HelpStep> Allowed { get; private set; } = [];
    public List<Step> History { get; private set; } = [];
    public List<MatchRow> Matches { get; private set; } = [];

    /// <summary>The match that helps or helped: its volunteer's name is shown to the person who asked once they accepted.</summary>
    public MatchRow? Helper => Matches.FirstOrDefault(m => m.Status is MatchStatus.Accepted or MatchStatus.Done);

    [BindProperty, Display(Name = "Help.Field.Note"), StringLength(HelpEvent.NoteMaxLength)]
    public string? Note { get; set; }

    [BindProperty, Display(Name = "Help.Field.Thanks"), Required, StringLength(HelpMatch.NoteMaxLength)]
    public string? Thanks { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!IsOwn) await audit.RecordAsync(AuditActions.HelpRequestViewed, Help.RequesterId, $"help request {id}", cancellationToken);
        return Page();
    }

    /// <summary>Any step of the flow; the flow decides whether this person may take it now.</summary>
    public async Task<IActionResult> OnPostStepAsync(int id, HelpStep step, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (ModelState[nameof(step)]?.Errors.Count > 0 || !Enum.IsDefined(step)) return BadRequest();
        this.OnlyValidate(nameof(Note));
        if (!ModelState.IsValid) return this.InvalidPage();
        // Proposing goes through the matcher and answering through the proposal page, never through here.
        var result = step is HelpStep.Propose or HelpStep.Accept or HelpStep.Decline ? StepResult.Refused()
            : await work.TakeAsync(id, step, Actors(), User.PersonId(), Note, cancellationToken, audited: AuditNoteFor($"help request {id}: {step}"));
        if (!result.IsDone) return await NotDoneAsync(id, result, cancellationToken);
        TempData["Notice"] = $"HelpStep.{step}.Notice";
        return Redirect($"/hulp/{id}");
    }

    public async Task<IActionResult> OnPostThankAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        this.OnlyValidate(nameof(Thanks));
        if (!IsOwn) return NotFound(); // thanks come from the person who was helped
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = await work.ThankAsync(id, Thanks!, cancellationToken);
        if (!result.IsDone) return await NotDoneAsync(id, result, cancellationToken);
        TempData["Notice"] = "Help.ThanksSent";
        return Redirect($"/hulp/{id}");
    }

    /// <summary>The request as it stands now, and why the step was not taken.</summary>
    private async Task<IActionResult> NotDoneAsync(int id, StepResult result, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return this.NotDonePage(result, "Help.StepRefused");
    }

    private List<HelpActor> Actors()
    {
        var actors = new List<HelpActor>();
        if (IsOwn) actors.Add(HelpActor.Requester);
        if (IsStaff) actors.Add(HelpActor.Staff);
        return actors;
    }

    private Actor? acting; // who acts, read once by LoadAsync

    /// <summary>Staff changing someone's request, or a worker acting for them, is recorded with the step itself.</summary>
    private AuditNote? AuditNoteFor(string details) =>
        !IsOwn ? new AuditNote(AuditActions.HelpRequestChanged, Help.RequesterId, details)
        : acting?.EnteredById is not null ? new AuditNote(AuditActions.ActedOnBehalf, Help.RequesterId, details)
        : null;

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var request = await db.HelpRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var actor = acting = await onBehalf.ActorAsync(cancellationToken);
        if (request is null || !(await authorization.AuthorizeAsync(User, new HelpRequestAccess(request, actor), HelpOperations.See)).Succeeded) return NotFound();
        (Help, IsOwn, IsStaff) = (request, actor?.PersonId == request.RequesterId, User.IsAreaStaff(request.AreaId));
        Allowed = HelpFlow.Allowed(request.Status, Actors()).Where(s => s is not (HelpStep.Propose or HelpStep.Accept or HelpStep.Decline)).ToList();
        AreaName = await db.Areas.AsNoTracking().Where(a => a.Id == request.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        PointName = request.PointId is { } point ? await db.Points.AsNoTracking().Where(p => p.Id == point).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) : null;
        RequesterName = await db.Users.AsNoTracking().Where(u => u.Id == request.RequesterId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        History = await db.HelpEvents.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new Step(e.AtUtc, e.Step, e.Status, db.Users.Where(u => u.Id == e.ById).Select(u => u.DisplayName).FirstOrDefault(), e.Note))
            .ToListAsync(cancellationToken);
        Matches = await db.HelpMatches.AsNoTracking().Where(m => m.RequestId == id).OrderBy(m => m.ProposedUtc).ThenBy(m => m.Id)
            .Select(m => new MatchRow(m.Id, db.Users.Where(u => u.Id == m.Volunteer!.UserId).Select(u => u.DisplayName).First(), m.Status, m.ProposedUtc, m.AnsweredUtc, m.DeclineNote, m.Thanks))
            .ToListAsync(cancellationToken);
        return null;
    }
}
