using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// The evaluation an experiment sends at the end of its trial: the track's evaluation form, saved as
/// a draft and sent when complete. The project fills it in; the city's reviewers read it.
/// </summary>
[RequestSizeLimit(FormReader.MaxFileBytes * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = FormReader.MaxFileBytes * 4)]
public class EvaluationPageModel(AppDbContext db, OnBehalf onBehalf, Applications applications, Reviews reviews, Projects projects, FormReader reader, MunicipalClock clock) : PageModel
{
    public Application Application { get; private set; } = null!;
    public List<FormQuestion> Questions { get; private set; } = [];
    public IReadOnlyDictionary<int, Core.Forms.Answer> Saved { get; private set; } = new Dictionary<int, Core.Forms.Answer>();
    public FormFields Fields { get; private set; } = null!;
    public bool IsOwn { get; private set; }
    public bool Editable { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal) return refusal;
        if (!Editable) return this.NotDonePage(StepResult.Refused("Project.Problem.NotYet"));
        var reading = await reader.ReadAsync(Questions, await Request.ReadFormAsync(cancellationToken), draft: !submit, cancellationToken, Saved);
        Fields = new FormFields(Questions, reading, Saved);
        if (!reading.Ok) return this.InvalidPage();
        var actor = (await onBehalf.ActorAsync(cancellationToken))!;
        var result = await projects.EvaluateAsync(Application, Questions, reading, submit, actor.EnteredById ?? actor.PersonId, cancellationToken);
        if (!result.IsDone) return this.NotDonePage(result, "Project.Problem.Refused", "Project.Problem.Changed");
        TempData["Notice"] = submit ? "Project.Done.EvaluationSent" : "Applications.Saved";
        return Redirect(submit ? $"/aanvraag/{id}/project" : $"/aanvraag/{id}/evaluatie");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Track).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application?.Track?.EvaluationQuestionnaireId is not { } questionnaire) return NotFound();
        var actor = await onBehalf.ActorAsync(cancellationToken);
        IsOwn = await applications.IsApplicantAsync(actor?.PersonId, application, cancellationToken);
        if (!IsOwn && !(await reviews.SeatAsync(User, application, cancellationToken)).SeesPeople) return NotFound();
        Application = application;
        Editable = IsOwn && application.Status == ApplicationStatus.Running && Projects.EvaluationOpen(application, clock.Today.ToDateOnly());
        if (!Editable && application.EvaluationResponseId is null) return NotFound();
        Questions = await db.FormQuestions.AsNoTracking().Where(q => q.QuestionnaireId == questionnaire).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        Saved = application.EvaluationResponseId is { } response
            ? (await db.FormAnswers.AsNoTracking().Where(a => a.ResponseId == response).ToListAsync(cancellationToken)).ToDictionary(a => a.QuestionId, a => a.ToAnswer())
            : new Dictionary<int, Core.Forms.Answer>();
        Fields = new FormFields(Questions, null, Saved);
        return null;
    }
}
