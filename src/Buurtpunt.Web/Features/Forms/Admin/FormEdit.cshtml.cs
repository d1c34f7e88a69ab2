using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Forms.Admin;

/// <summary>
/// The form builder: the questions of one form in order, each added, changed, moved or removed
/// here. A question that already has answers keeps its kind and cannot be removed, so no answer is
/// ever lost or left meaning something else.
/// </summary>
public class FormEditModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public Questionnaire Form { get; private set; } = null!;
    public List<FormQuestion> Questions { get; private set; } = [];
    public HashSet<int> Answered { get; private set; } = [];
    /// <summary>The question being changed (null: a new one is added).</summary>
    public int? EditingId { get; private set; }

    [BindProperty] public QuestionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "vraag")] int? vraag, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        if (vraag is { } questionId)
        {
            if (Questions.FirstOrDefault(q => q.Id == questionId) is not { } question) return NotFound();
            EditingId = question.Id;
            Input = QuestionInput.From(question);
        }
        return Page();
    }

    /// <summary>Adds a question (no <paramref name="vraag"/>) or saves the one being changed.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, [FromQuery(Name = "vraag")] int? vraag, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        var question = vraag is { } questionId ? await db.FormQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.QuestionnaireId == id, cancellationToken) : null;
        if (vraag is not null && question is null) return NotFound();
        EditingId = question?.Id;
        var options = Input.Check(ModelState, l);
        if (question is not null && Answered.Contains(question.Id) && Input.Kind != question.Kind)
            ModelState.AddModelError("Input.Kind", l["Forms.KindFixed"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        if (question is null)
        {
            question = new FormQuestion { QuestionnaireId = id, Label = "", Position = Questions.Count == 0 ? 1 : Questions.Max(q => q.Position) + 1 };
            db.FormQuestions.Add(question);
        }
        Input.ApplyTo(question, options);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Forms.QuestionSaved";
        return Redirect($"/beheer/formulieren/{id}");
    }

    public Task<IActionResult> OnPostUpAsync(int id, int question, CancellationToken cancellationToken) => MoveAsync(id, question, -1, cancellationToken);

    public Task<IActionResult> OnPostDownAsync(int id, int question, CancellationToken cancellationToken) => MoveAsync(id, question, +1, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, int question, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        if (Questions.FirstOrDefault(q => q.Id == question) is null) return NotFound();
        if (Answered.Contains(question)) return this.NotDonePage(StepResult.Refused("Forms.HasAnswers"), field: "");
        await db.FormQuestions.Where(q => q.Id == question).ExecuteDeleteAsync(cancellationToken);
        TempData["Notice"] = "Forms.QuestionRemoved";
        return Redirect($"/beheer/formulieren/{id}");
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, [FromForm(Name = "Title")] string? title, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        title = title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > Questionnaire.TitleMaxLength)
        {
            ModelState.AddModelError("Title", l["Validation.Required", l["Forms.Field.Title"]]);
            return this.InvalidPage();
        }
        await db.Questionnaires.Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Title, title), cancellationToken);
        TempData["Notice"] = "Forms.Renamed";
        return Redirect($"/beheer/formulieren/{id}");
    }

    /// <summary>Swaps a question with its neighbour; positions are renumbered 1, 2, 3… so they never collide.</summary>
    private async Task<IActionResult> MoveAsync(int id, int questionId, int step, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        var ordered = await db.FormQuestions.Where(q => q.QuestionnaireId == id).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var index = ordered.FindIndex(q => q.Id == questionId);
        if (index < 0) return NotFound();
        var other = index + step;
        if (other >= 0 && other < ordered.Count) (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i + 1;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/beheer/formulieren/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var form = await db.Questionnaires.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (form is null) return NotFound();
        Form = form;
        Questions = await db.FormQuestions.AsNoTracking().Where(q => q.QuestionnaireId == id).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        Answered = [.. await db.FormAnswers.AsNoTracking().Where(a => a.Question!.QuestionnaireId == id).Select(a => a.QuestionId).Distinct().ToListAsync(cancellationToken)];
        return null;
    }

    public sealed class QuestionInput
    {
        [Display(Name = "Forms.Field.Kind"), Required, EnumDataType(typeof(QuestionKind), ErrorMessage = "Validation.UnknownChoice")]
        public QuestionKind? Kind { get; set; }

        [Display(Name = "Forms.Field.Label"), Required, StringLength(FormQuestion.LabelMaxLength)]
        public string Label { get; set; } = "";

        [Display(Name = "Forms.Field.Help"), StringLength(FormQuestion.HelpMaxLength)]
        public string? Help { get; set; }

        public bool Required { get; set; } = true;

        [Display(Name = "Forms.Field.Options"), StringLength(FormQuestion.MaxOptions * (FormQuestion.OptionMaxLength + 2))]
        public string? Options { get; set; }

        [Display(Name = "Forms.Field.Min"), Range(-1_000_000_000, 1_000_000_000)]
        public decimal? Min { get; set; }

        [Display(Name = "Forms.Field.Max"), Range(-1_000_000_000, 1_000_000_000)]
        public decimal? Max { get; set; }

        [Display(Name = "Forms.Field.MaxLength"), Range(1, QuestionRules.LongTextMax)]
        public int? MaxLength { get; set; }

        [Display(Name = "Forms.Field.Earliest")]
        public DateOnly? Earliest { get; set; }

        [Display(Name = "Forms.Field.Latest")]
        public DateOnly? Latest { get; set; }

        public static QuestionInput From(FormQuestion q) => new()
        {
            Kind = q.Kind, Label = q.Label, Help = q.Help, Required = q.Required, Options = string.Join("\n", q.Options),
            Min = q.Min, Max = q.Max, MaxLength = q.MaxLength, Earliest = q.Earliest, Latest = q.Latest,
        };

        /// <summary>Checks what only makes sense together; returns the options, one per line.</summary>
        public List<string> Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer l)
        {
            var options = (Options ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
            if (Kind is QuestionKind.Choice or QuestionKind.MultipleChoice)
            {
                if (options.Count < 2 || options.Count > FormQuestion.MaxOptions) state.AddModelError("Input.Options", l["Forms.OptionsCount", 2, FormQuestion.MaxOptions]);
                else if (options.Any(o => o.Length > FormQuestion.OptionMaxLength)) state.AddModelError("Input.Options", l["Forms.OptionTooLong", FormQuestion.OptionMaxLength]);
                else if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count) state.AddModelError("Input.Options", l["Forms.OptionTwice"]);
            }
            if (Min is { } min && Max is { } max && min > max) state.AddModelError("Input.Max", l["Forms.MaxBelowMin"]);
            if (Earliest is { } earliest && Latest is { } latest && earliest > latest) state.AddModelError("Input.Latest", l["Forms.LatestBeforeEarliest"]);
            return options;
        }

        /// <summary>Keeps only the settings the kind uses: bounds for numbers, dates for dates, a length for texts, options for choices.</summary>
        public void ApplyTo(FormQuestion q, List<string> options)
        {
            var kind = Kind!.Value;
            q.Kind = kind;
            q.Label = Label.Trim();
            q.Help = string.IsNullOrWhiteSpace(Help) ? null : Help.Trim();
            q.Required = Required;
            q.Options = kind is QuestionKind.Choice or QuestionKind.MultipleChoice ? options : [];
            (q.Min, q.Max) = kind is QuestionKind.WholeNumber or QuestionKind.Amount ? (Min, Max) : (null, null);
            q.MaxLength = kind is QuestionKind.Text or QuestionKind.LongText ? MaxLength : null;
            (q.Earliest, q.Latest) = kind is QuestionKind.Date ? (Earliest, Latest) : (null, null);
        }
    }
}
