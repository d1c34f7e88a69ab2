using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People.Admin;

public class PeopleModel(AppDbContext db, Audit audit) : PageModel
{
    private const int MaxShown = 200;

    public sealed record Row(Guid Id, string Name, string? Email, List<Role> Roles);

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    public List<Row> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            var term = Zoek.Trim().ToUpperInvariant();
            query = query.Where(u => u.DisplayName.ToUpper().Contains(term) || u.NormalizedEmail!.Contains(term));
        }
        People = await query.OrderBy(u => u.DisplayName).Take(MaxShown)
            .Select(u => new Row(u.Id, u.DisplayName, u.Email, u.Roles.Select(r => r.Role).ToList()))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.PeopleListed, details: string.IsNullOrWhiteSpace(Zoek) ? null : "search", cancellationToken: cancellationToken);
    }
}
