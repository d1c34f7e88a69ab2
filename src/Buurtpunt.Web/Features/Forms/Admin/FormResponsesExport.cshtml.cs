using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Exports;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Text;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Forms.Admin;

/// <summary>
/// The submitted responses to a form as Excel: one row per response, one column per question, each
/// answer as a person reads it (<see cref="FormFields.Show"/>), with when it came in and whether it
/// was typed in from paper. No one's name: the answers themselves may still be personal, so each
/// download is in the audit trail. Four queries, whatever the number of responses.
/// </summary>
public class FormResponsesExportModel(AppDbContext db, Audit audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var form = await db.Questionnaires.AsNoTracking().Where(q => q.Id == id).Select(q => new { q.Title }).SingleOrDefaultAsync(cancellationToken);
        if (form is null) return NotFound();
        var questions = await db.FormQuestions.AsNoTracking().Where(q => q.QuestionnaireId == id).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var submitted = db.FormResponses.AsNoTracking().Where(r => r.QuestionnaireId == id && r.SubmittedUtc != null);
        var responses = await submitted.OrderBy(r => r.SubmittedUtc).ThenBy(r => r.Id).Select(r => new { r.Id, r.SubmittedUtc, r.FromPaper }).ToListAsync(cancellationToken);
        var answers = (await db.FormAnswers.AsNoTracking().Where(a => submitted.Any(r => r.Id == a.ResponseId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.ResponseId);

        string[] header = [l["FormExport.Submitted"], l["FormExport.FromPaper"], .. questions.Select(q => q.Label)];
        var rows = responses.Select(r =>
        {
            var given = answers[r.Id].ToDictionary(a => a.QuestionId);
            object?[] row =
            [
                MunicipalClock.Local(r.SubmittedUtc!.Value).ToDateTimeUnspecified(), l[r.FromPaper ? "FormExport.Yes" : "FormExport.No"].Value,
                .. questions.Select(q => given.TryGetValue(q.Id, out var answer) ? FormFields.Show(q, answer.ToAnswer()) : null),
            ];
            return row;
        });
        await audit.RecordAsync(AuditActions.FormResponsesExported, details: $"form {id} · {responses.Count} responses", cancellationToken: cancellationToken);
        return File(Spreadsheet.Excel(header, rows), Spreadsheet.ExcelType, $"{l["FormExport.FileName"]}-{FileNames.Safe(form.Title)}.xlsx");
    }
}
