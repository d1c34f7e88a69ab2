using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Exports;
using Buurtpunt.Web.Shared.Printing;
using Buurtpunt.Web.Shared.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Review;

/// <summary>The council's list of a call's applications (<see cref="CouncilList"/>) as Excel or as a landscape PDF.</summary>
public class CallExportModel(AppDbContext db, PrintView print, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string format, CancellationToken cancellationToken)
    {
        if (await CouncilList.ReadableCallAsync(db, User, id, cancellationToken) is not { } call) return NotFound();
        var list = await CouncilList.LoadAsync(db, call, User.PersonId()!.Value, cancellationToken);
        var name = $"{l["Council.FileName"]}-{FileNames.Safe(call.Title)}";
        if (format == "xlsx")
        {
            var (header, rows) = list.Sheet(l);
            return File(Spreadsheet.Excel(header, rows), Spreadsheet.ExcelType, $"{name}.xlsx");
        }
        var pdf = await print.PdfAsync(PageContext, "/Features/Initiatives/Review/Print/CouncilListPrint.cshtml", list, cancellationToken);
        return pdf is null ? PrintView.Unavailable(l) : File(pdf, "application/pdf", $"{name}.pdf");
    }
}
