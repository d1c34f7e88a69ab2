using Buurtpunt.Core.Activities;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using QRCoder;

namespace Buurtpunt.Web.Features.Activities.Pages;

/// <summary>
/// The brochure of low-threshold activities of an area for a period (seed 002): an A4 page by
/// weekday in large type with pictograms, the points' addresses and hours, and a QR code to the
/// online agenda. Public (it holds nothing personal), printable, and as a PDF (<see cref="Shared.Printing.ChromiumPdf"/>).
/// </summary>
[OutputCache(PolicyName = PublicPageCache.FeedPolicyName)]
public class BrochureModel(AppDbContext db, MunicipalClock clock, PublicLinks links) : PageModel
{
    public sealed record Item(int FirstDateId, string Title, ActivityKind Kind, Frequency Frequency, int Interval, int? WeekOfMonth, DateTime FirstUtc, DateTime EndUtc,
        string Place, int PriceCents, bool Wheelchair, string? WhatToBring);
    public sealed record PointInfo(string Name, string Street, string PostalCode, string City, string? Phone, List<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Hours);

    [BindProperty(SupportsGet = true, Name = "van")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "tot")] public DateOnly? Until { get; set; }

    public string AreaName { get; private set; } = "";
    public string AreaSlug { get; private set; } = "";
    public string Town { get; private set; } = "";
    public string AgendaUrl { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public List<IGrouping<IsoDayOfWeek, Item>> Days { get; private set; } = [];
    public List<PointInfo> Points { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string areaSlug, CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Slug == areaSlug).Select(a => new { a.Id, a.Name, a.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (area is null) return NotFound();
        (AreaName, AreaSlug) = (area.Name, area.Slug);
        Town = await db.Municipalities.AsNoTracking().Select(m => m.Name).SingleAsync(cancellationToken);
        var today = clock.Today.ToDateOnly();
        From ??= today;
        Until ??= From.Value.AddMonths(1);
        if (!ModelState.IsValid || !BrochurePeriod.Fits(From.Value, Until.Value) || From < today.AddYears(-1) || From > today.AddYears(2))
        {
            Problem = "Brochure.BadPeriod";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var start = LocalDate.FromDateOnly(From.Value).AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
        var end = LocalDate.FromDateOnly(Until.Value).PlusDays(1).AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
        // One line per series and weekday: the first date in the period stands for the others.
        var dates = await db.Occurrences.AsNoTracking()
            .Where(o => o.Activity!.AreaId == area.Id && o.Activity.LowThreshold && o.CancelledUtc == null && o.StartUtc >= start && o.StartUtc < end)
            .OrderBy(o => o.StartUtc)
            .Select(o => new
            {
                o.Id, o.ActivityId, o.StartUtc, o.EndUtc, o.Activity!.Title, o.Activity.Kind, o.Activity.Frequency, o.Activity.Interval, o.Activity.WeekOfMonth,
                Place = db.Points.Where(p => p.Id == o.Activity.PointId).Select(p => p.Name).FirstOrDefault() ?? o.Activity.Place ?? "",
                o.Activity.PriceCents, o.Activity.WheelchairAccessible, o.Activity.WhatToBring,
            })
            .Take(2000).ToListAsync(cancellationToken);
        Days = dates.GroupBy(d => (d.ActivityId, MunicipalClock.Local(d.StartUtc).DayOfWeek)).Select(g => g.First())
            .Select(d => new Item(d.Id, d.Title, d.Kind, d.Frequency, d.Interval, d.WeekOfMonth, d.StartUtc, d.EndUtc, d.Place, d.PriceCents, d.WheelchairAccessible, d.WhatToBring))
            .GroupBy(i => MunicipalClock.Local(i.FirstUtc).DayOfWeek).OrderBy(g => g.Key)
            .Select(g => (IGrouping<IsoDayOfWeek, Item>)new Grouping(g.Key, g.OrderBy(i => MunicipalClock.Local(i.FirstUtc).TimeOfDay).ToList())).ToList();
        var points = await db.Points.AsNoTracking().Where(p => p.AreaId == area.Id).OrderBy(p => p.Name)
            .Select(p => new { p.Name, p.Street, p.PostalCode, p.City, p.ContactPhone, Hours = p.WeeklyOpenings.OrderBy(h => h.Day).ThenBy(h => h.Opens).Select(h => new { h.Day, h.Opens, h.Closes }).ToList() })
            .ToListAsync(cancellationToken);
        Points = points.Select(p => new PointInfo(p.Name, p.Street, p.PostalCode, p.City, p.ContactPhone,
            p.Hours.OrderBy(h => ((int)h.Day + 6) % 7).Select(h => (h.Day, h.Opens, h.Closes)).ToList())).ToList();
        AgendaUrl = links.Absolute($"/gebied/{area.Slug}/agenda");
        using var qr = QRCodeGenerator.GenerateQrCode(AgendaUrl, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(qr).GetGraphic(new System.Drawing.Size(240, 240), "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return Page();
    }

    public string PdfUrl => $"/gebied/{AreaSlug}/brochure.pdf?van={From:yyyy-MM-dd}&tot={Until:yyyy-MM-dd}";

    private sealed class Grouping(IsoDayOfWeek key, List<Item> items) : IGrouping<IsoDayOfWeek, Item>
    {
        public IsoDayOfWeek Key => key;
        public IEnumerator<Item> GetEnumerator() => items.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
