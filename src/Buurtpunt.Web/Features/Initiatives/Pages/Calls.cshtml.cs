using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>The calls for citizen initiatives: open ones first, then coming ones.</summary>
public class CallsModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public sealed record Row(int Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, long BudgetCents);

    public List<Row> Open { get; private set; } = [];
    public List<Row> Coming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today.ToDateOnly();
        var calls = await db.Calls.AsNoTracking().Where(c => c.ClosesOn >= today).OrderBy(c => c.ClosesOn).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Title, c.OpensOn, c.ClosesOn, c.BudgetCents)).ToListAsync(cancellationToken);
        (Open, Coming) = (calls.Where(c => c.OpensOn <= today).ToList(), calls.Where(c => c.OpensOn > today).ToList());
    }
}
