using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Printing;
using Buurtpunt.Web.Shared.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>
/// One application's whole file as PDF (<see cref="ApplicationFile"/>), for its reviewers and
/// administrators; a reviewer with a conflict of interest gets none (403). Every download is in the
/// audit trail: the file leaves the system with it.
/// </summary>
public class ApplicationPdfModel(AppDbContext db, Reviews reviews, PrintView print, Audit audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await ApplicationFile.LoadAsync(db, reviews, User, id, cancellationToken) is not { } file) return NotFound();
        if (file.Seat.Conflict) return StatusCode(StatusCodes.Status403Forbidden);
        var pdf = await print.PdfAsync(PageContext, "/Features/Initiatives/Review/Print/ApplicationFilePrint.cshtml", file, cancellationToken);
        if (pdf is null) return PrintView.Unavailable(l);
        await audit.RecordAsync(AuditActions.ApplicationExported, file.Application.ApplicantId, $"review file {id} pdf", cancellationToken);
        var title = string.IsNullOrEmpty(file.Application.Title) ? l["Applications.Untitled"].Value : file.Application.Title;
        return File(pdf, "application/pdf", $"{l["Council.FileOne"]}-{id}-{FileNames.Safe(title)}.pdf");
    }
}
