using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// A sheet to print and take along the street: what the project is, a QR code to support it
/// online, and lines for neighbours who prefer to sign on paper (a worker types those in).
/// </summary>
public class SupportSheetModel(AppDbContext db, OnBehalf onBehalf, Applications applications, Reviews reviews, PublicLinks links) : PageModel
{
    public const int Lines = 12;

    public Application Application { get; private set; } = null!;
    public string SupportUrl { get; private set; } = "";
    public string QrSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Call).Include(a => a.Track).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var actor = await onBehalf.ActorAsync(cancellationToken);
        // The applicants, and the city's administrators without a conflict of interest (as on the application's page).
        if (application is null || !application.TakesSupport
            || !(await applications.IsApplicantAsync(actor?.PersonId, application, cancellationToken)
                 || (await reviews.SeatAsync(User, application, cancellationToken)).Actors.Contains(Core.Initiatives.ApplicationActor.Staff)))
            return NotFound();
        Application = application;
        SupportUrl = links.Absolute($"/steun/{application.SupportToken}");
        using var qr = QRCodeGenerator.GenerateQrCode(SupportUrl, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(qr).GetGraphic(new System.Drawing.Size(200, 200), "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return Page();
    }
}
