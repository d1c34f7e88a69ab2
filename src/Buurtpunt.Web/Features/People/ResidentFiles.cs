using Buurtpunt.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People;

/// <summary>Loads the facts about an assisted resident's file and asks whether the signed-in person may act on it.</summary>
public sealed class ResidentFiles(AppDbContext db, IAuthorizationService authorization, IHttpContextAccessor http)
{
    /// <summary>Null when the id is unknown in this municipality (the query filter hides the others).</summary>
    public async Task<ResidentFile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.AreaId, u.Assisted,
                Latest = db.Consents.Where(c => c.UserId == u.Id).OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id)
                    .Select(c => new { c.Scopes, c.WithdrawnUtc }).FirstOrDefault(),
            })
            .Select(u => new ResidentFile(u.Id, u.DisplayName, u.AreaId, u.Assisted,
                u.Latest != null && u.Latest.WithdrawnUtc == null && (u.Latest.Scopes & ConsentScope.ActOnBehalf) != 0,
                u.Latest != null && u.Latest.WithdrawnUtc == null && (u.Latest.Scopes & ConsentScope.Account) != 0))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> MayAsync(ResidentFile file, OperationAuthorizationRequirement operation) =>
        http.HttpContext is { } context && (await authorization.AuthorizeAsync(context.User, file, operation)).Succeeded;
}
