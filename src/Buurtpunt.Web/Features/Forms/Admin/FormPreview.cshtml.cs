using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Forms.Admin;

/// <summary>
/// The form as a resident will see it, to try out: a post is checked exactly as a real submission
/// (every problem, what is still missing) and read back, but nothing is kept.
/// </summary>
[RequestSizeLimit(FormReader.MaxFileBytes * 4)]
public class FormPreviewModel(AppDbContext db, FormReader reader) : PageModel
{
    public Questionnaire Form { get; private set; } = null!;
    public FormFields Fields { get; private set; } = null!;
    public IReadOnlyList<FormQuestion> Missing { get; private set; } = [];
    public bool Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } questions) return NotFound();
        Fields = new FormFields(questions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } questions) return NotFound();
        var reading = await reader.ReadAsync(questions, await Request.ReadFormAsync(cancellationToken), draft: false, cancellationToken);
        Fields = new FormFields(questions, reading);
        Missing = FormReader.Missing(questions, reading.Answers);
        Checked = true;
        if (!reading.Ok) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<List<FormQuestion>?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var form = await db.Questionnaires.AsNoTracking().Include(q => q.Questions).SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (form is null) return null;
        Form = form;
        return [.. form.Questions.OrderBy(q => q.Position).ThenBy(q => q.Id)];
    }
}
