using System.ComponentModel.DataAnnotations;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Forms.Admin;

/// <summary>The municipality's forms (application forms, surveys, evaluations), with how many questions and answers each has.</summary>
public class FormsListModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public sealed record Row(int Id, string Title, int Questions, int Submitted, int Drafts);

    public List<Row> Rows { get; private set; } = [];

    [BindProperty, Display(Name = "Forms.Field.Title"), Required, StringLength(Questionnaire.TitleMaxLength)]
    public string Title { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.InvalidPage();
        }
        var questionnaire = new Questionnaire { Title = Title.Trim(), CreatedUtc = clock.UtcNow };
        db.Questionnaires.Add(questionnaire);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/beheer/formulieren/{questionnaire.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rows = await db.Questionnaires.AsNoTracking().OrderBy(q => q.Title).ThenBy(q => q.Id)
            .Select(q => new Row(q.Id, q.Title, q.Questions.Count,
                db.FormResponses.Count(r => r.QuestionnaireId == q.Id && r.SubmittedUtc != null),
                db.FormResponses.Count(r => r.QuestionnaireId == q.Id && r.SubmittedUtc == null)))
            .ToListAsync(cancellationToken);
}
