using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>Adds a neighbour's support; the unique (application, address key) index settles two at once from one address.</summary>
public sealed class Supports(AppDbContext db, MunicipalClock clock)
{
    /// <summary>The reason when this address already supports the application (each address counts once).</summary>
    public const string AddressAlready = "Support.AddressAlready";

    public async Task<StepResult> AddAsync(Application application, string name, string address, Guid? supporterId, Guid? enteredById, CancellationToken cancellationToken)
    {
        if (!application.TakesSupport) return StepResult.Refused("Support.Closed");
        var key = SupportAddress.Key(address);
        if (await db.Supports.AnyAsync(s => s.ApplicationId == application.Id && s.AddressKey == key, cancellationToken)) return StepResult.Refused(AddressAlready);
        var support = new Support
        {
            ApplicationId = application.Id, Name = name.Trim(), Address = address.Trim(), AddressKey = key, SupporterId = supporterId,
            EnteredById = enteredById, FromPaper = enteredById is not null, CreatedUtc = clock.UtcNow,
        };
        db.Supports.Add(support);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsViolated<Support>(db, nameof(Support.ApplicationId), nameof(Support.AddressKey)))
        {
            db.Supports.Entry(support).State = EntityState.Detached;
            return StepResult.Refused(AddressAlready); // the same address at the same moment
        }
        // A reviewer who supports it has a conflict of interest from now on: scores given before no longer count.
        if (supporterId is { } person)
            await db.Assessments.Where(a => a.ApplicationId == application.Id && a.ReviewerId == person).ExecuteDeleteAsync(cancellationToken);
        return StepResult.Done;
    }
}
