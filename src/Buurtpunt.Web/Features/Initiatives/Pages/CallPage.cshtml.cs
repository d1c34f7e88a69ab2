using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// One call, in plain language: what it is for, who may apply, until when, and the tracks with
/// their maximum and how many questions each asks (the threshold the programme wants low). A
/// signed-in resident (or a worker acting for one) starts an application in a track here.
/// </summary>
public class CallPageModel(AppDbContext db, MunicipalClock clock, OnBehalf onBehalf, Applications applications, Audit audit) : PageModel
{
    public Call Call { get; private set; } = null!;
    public Dictionary<int, int> QuestionCounts { get; private set; } = [];
    public bool IsOpen { get; private set; }
    public List<Offer> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostStartAsync(int id, TrackKind track, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        if (!ModelState.IsValid) return BadRequest(); // an unknown track name binds as the first track otherwise
        if (Call.Tracks.FirstOrDefault(t => t.Kind == track && t.Offered) is not { } chosen) return BadRequest();
        if (await applications.StartAsync(Call, chosen, actor, cancellationToken) is not { } application)
            return this.StatusPage(StepResult.Refused()); // the call closed meanwhile: the page says so
        if (actor.EnteredById is not null)
            await audit.RecordAsync(AuditActions.ActedOnBehalf, actor.PersonId, $"application {application.Id}", cancellationToken);
        return Redirect($"/aanvraag/{application.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Tracks).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null) return NotFound();
        call.Tracks = [.. call.Tracks.OrderBy(t => t.Kind)];
        Call = call;
        IsOpen = call.IsOpen(clock.Today.ToDateOnly());
        var forms = call.Tracks.Select(t => t.QuestionnaireId).ToList();
        QuestionCounts = await db.FormQuestions.AsNoTracking().Where(q => forms.Contains(q.QuestionnaireId))
            .GroupBy(q => q.QuestionnaireId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Offers = await db.Offers.AsNoTracking().Where(o => o.CallId == id).OrderBy(o => o.Position).ToListAsync(cancellationToken);
        return null;
    }
}
