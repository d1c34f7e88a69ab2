using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>
/// Asking a question at a point. A worker acting for a resident asks in the resident's name;
/// the question then records the worker as the one who entered it, and the trail says so.
/// </summary>
public class AskModel(AppDbContext db, OnBehalf onBehalf, Audit audit, MunicipalClock clock, PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    public string PointName { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public OnBehalf.Acting? Acting { get; private set; }

    [BindProperty] public AskInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var pointId = await LoadAsync(slug, cancellationToken);
        if (pointId is null) return NotFound();
        if (!Enum.IsDefined(Input.Category)) ModelState.AddModelError("Input.Category", l["Validation.UnknownChoice"]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var actor = await onBehalf.ActorAsync(cancellationToken);
        if (actor is null) return Challenge();
        var question = new Question
        {
            PointId = pointId.Value, AuthorId = actor.PersonId, EnteredById = actor.EnteredById,
            Title = Input.Title.Trim(), Body = Input.Body.Trim(), Category = Input.Category, Private = Input.Private, CreatedUtc = clock.UtcNow,
        };
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        if (actor.EnteredById is not null)
            await audit.RecordAsync(AuditActions.ActedOnBehalf, actor.PersonId, $"question {question.Id}", cancellationToken);
        TempData["Notice"] = "Questions.Asked";
        return Redirect($"/vraag/{question.Id}");
    }

    private async Task<int?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var point = await QuestionPoint.FindAsync(db, slug, cancellationToken);
        if (point is null) return null;
        (PointName, Slug) = (point.Name, point.Slug);
        Acting = await onBehalf.CurrentAsync(cancellationToken);
        return point.Id;
    }

    public sealed class AskInput
    {
        [Display(Name = "Questions.Field.Title"), Required, StringLength(Question.TitleMaxLength)]
        public string Title { get; set; } = "";

        [Display(Name = "Questions.Field.Body"), Required, StringLength(Question.BodyMaxLength)]
        public string Body { get; set; } = "";

        [Display(Name = "Questions.Field.Category")]
        public QuestionCategory Category { get; set; } = QuestionCategory.Other;

        public bool Private { get; set; }
    }
}
