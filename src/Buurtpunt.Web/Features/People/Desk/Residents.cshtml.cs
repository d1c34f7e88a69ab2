using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>The residents whose accounts the desk keeps, limited to the areas the worker serves.</summary>
public class ResidentsModel(AppDbContext db, Audit audit) : PageModel
{
    private const int MaxShown = 200;

    public sealed record Row(Guid Id, string Name, string? Area, bool CanAct);

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    public List<Row> Residents { get; private set; } = [];
    public bool MoreThanShown { get; private set; }
    public int Shown => MaxShown;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reach = User.AreasFor(Role.Administrator, Role.CommunityWorker);
        var query = db.Users.AsNoTracking().Where(u => u.Assisted);
        if (reach is not null) query = query.Where(u => u.AreaId != null && reach.Contains(u.AreaId.Value));
        if (!string.IsNullOrWhiteSpace(Zoek) && Zoek.Length <= People.User.DisplayNameMaxLength)
        {
            var term = Zoek.Trim().ToUpperInvariant();
            query = query.Where(u => u.DisplayName.ToUpper().Contains(term));
        }
        Residents = await query.OrderBy(u => u.DisplayName).Take(MaxShown + 1)
            .Select(u => new Row(u.Id, u.DisplayName, db.Areas.Where(a => a.Id == u.AreaId).Select(a => a.Name).FirstOrDefault(),
                db.Consents.Where(c => c.UserId == u.Id).OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id)
                    .Select(c => c.WithdrawnUtc == null && (c.Scopes & ConsentScope.ActOnBehalf) != 0).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        MoreThanShown = Residents.Count > MaxShown;
        if (MoreThanShown) Residents.RemoveAt(MaxShown);
        await audit.RecordAsync(AuditActions.PeopleListed, details: "assisted", cancellationToken: cancellationToken);
    }
}
