using System.Security.Claims;
using Buurtpunt.Web.Features.People;

namespace Buurtpunt.Web.Features.Help;

/// <summary>Who sees a request (with its address): the person who asked (or a worker acting for them) and the staff of its area.</summary>
public static class HelpAccess
{
    public static bool MaySee(ClaimsPrincipal user, Actor? actor, HelpRequest request) =>
        actor?.PersonId == request.RequesterId || user.IsAreaStaff(request.AreaId);
}
