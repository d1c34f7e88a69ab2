using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.People.Admin;

/// <summary>The audit trail, newest first, filtered by person (as actor or subject), action and period.</summary>
public class AuditTrailModel(AppDbContext db, Audit audit, IStringLocalizer<SharedResource> l) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(DateTime At, string? Actor, string Action, Guid? SubjectId, string? Subject, string? Details);

    [BindProperty(SupportsGet = true)] public string? Persoon { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actie { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Tot { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; }

    public List<Row> Entries { get; private set; } = [];
    public bool HasMore { get; private set; }
    public string NextPageUrl => QueryString.Create(new Dictionary<string, string?>
    {
        ["persoon"] = Persoon, ["actie"] = Actie, ["van"] = Van?.ToString("yyyy-MM-dd"), ["tot"] = Tot?.ToString("yyyy-MM-dd"), ["pagina"] = (Pagina + 1).ToString(),
    }).ToUriComponent();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Actie is not null && !AuditActions.All.Contains(Actie)) ModelState.AddModelError(nameof(Actie), l["Validation.UnknownChoice"]);
        if (Van > Tot) ModelState.AddModelError(nameof(Tot), l["Opening.Problem.EndsBeforeStart"]);
        var earliest = new DateOnly(2000, 1, 1);
        var latest = new DateOnly(2100, 12, 31);
        if (Van < earliest || Van > latest || Tot < earliest || Tot > latest) ModelState.AddModelError(nameof(Van), l["Validation.DateRange"]);
        if (Pagina is < 0 or > 100_000) ModelState.AddModelError(nameof(Pagina), l["Validation.ValueInvalidPlain"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Persoon))
        {
            var normalised = Persoon.Trim().ToUpperInvariant();
            var person = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            query = query.Where(e => person != null && (e.ActorUserId == person || e.SubjectUserId == person));
        }
        if (!string.IsNullOrEmpty(Actie)) query = query.Where(e => e.Action == Actie);
        if (Van is { } from) { var start = StartOfDayUtc(from); query = query.Where(e => e.AtUtc >= start); }
        if (Tot is { } until) { var end = StartOfDayUtc(until.AddDays(1)); query = query.Where(e => e.AtUtc < end); }

        var rows = await query.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Skip(Pagina * PageSize).Take(PageSize + 1)
            .Select(e => new
            {
                e.AtUtc, e.Action, e.SubjectUserId, e.Details,
                Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Subject = db.Users.Where(u => u.Id == e.SubjectUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).Select(r => new Row(
            MunicipalClock.Local(r.AtUtc).ToDateTimeUnspecified(),
            r.Actor, r.Action, r.SubjectUserId, r.Subject, r.Details)).ToList();
        await audit.RecordAsync(AuditActions.AuditRead, cancellationToken: cancellationToken);
        return Page();
    }

    private static DateTime StartOfDayUtc(DateOnly date) =>
        LocalDate.FromDateOnly(date).AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
}
