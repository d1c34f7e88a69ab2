namespace Buurtpunt.Web.Features.People;

/// <summary>
/// A feature that gives staff something to hold (a review seat) ends it when the person's last staff
/// role is revoked: removed from the context and audited, saved with the revocation.
/// </summary>
public interface IStaffRoleEnded
{
    Task EndAsync(Guid person, CancellationToken cancellationToken);
}
