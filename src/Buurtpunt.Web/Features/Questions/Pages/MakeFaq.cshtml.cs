using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Questions.Pages;

/// <summary>A worker turns a solved question into a frequently asked question for the point, its area or the whole municipality.</summary>
public class MakeFaqModel(AppDbContext db, MunicipalClock clock, Places.PlaceChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    private sealed record Source(int Id, string Title, string? BestAnswer, QuestionCategory Category, int PointId, string PointName, string PointSlug, int AreaId, string AreaName);

    public string PointName { get; private set; } = "";
    public string AreaName { get; private set; } = "";
    public int QuestionId { get; private set; }

    [BindProperty] public FaqInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(id, cancellationToken);
        if (source is null) return NotFound();
        if (!User.IsAreaStaff(source.AreaId)) return Forbid();
        Input = new FaqInput { Question = source.Title, Answer = source.BestAnswer!, Category = source.Category };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(id, cancellationToken);
        if (source is null) return NotFound();
        if (!User.IsAreaStaff(source.AreaId)) return Forbid();
        if (!Enum.IsDefined(Input.Category)) ModelState.AddModelError("Input.Category", l["Validation.UnknownChoice"]);
        if (!Enum.IsDefined(Input.Scope)) ModelState.AddModelError("Input.Scope", l["Validation.UnknownChoice"]);
        else if (Input.Scope == FaqScope.Municipality && !User.IsAreaStaff(null))
            ModelState.AddModelError("Input.Scope", l["Faq.MunicipalityNeedsWideRole"]);
        if (!ModelState.IsValid) return this.InvalidPage();
        db.FaqEntries.Add(new FaqEntry
        {
            PointId = Input.Scope == FaqScope.Point ? source.PointId : null,
            AreaId = Input.Scope == FaqScope.Municipality ? null : source.AreaId,
            Category = Input.Category, Question = Input.Question.Trim(), Answer = Input.Answer.Trim(),
            SourceQuestionId = source.Id, UpdatedUtc = clock.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Faq.Saved";
        return Redirect(Input.Scope == FaqScope.Municipality ? "/veelgestelde-vragen" : $"/punt/{source.PointSlug}/faq");
    }

    /// <summary>Only a solved question has an answer worth keeping; anything else is not found here.</summary>
    private async Task<Source?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var source = await (
                from q in db.Questions.AsNoTracking()
                where q.Id == id && q.BestAnswerId != null && q.HiddenUtc == null
                join p in db.Points on q.PointId equals p.Id
                select new Source(q.Id, q.Title, db.Answers.Where(a => a.Id == q.BestAnswerId).Select(a => a.Body).FirstOrDefault(), q.Category,
                    p.Id, p.Name, p.Slug, p.AreaId, p.Area!.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null) return null;
        (PointName, AreaName, QuestionId) = (source.PointName, source.AreaName, source.Id);
        return source;
    }
}
