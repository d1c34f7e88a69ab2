using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Shared.Auditing;

/// <summary>What staff did with personal data. Only ever added: the context refuses changes and deletions.</summary>
public class AuditEntry : ITenantOwned
{
    public const int DetailsMaxLength = 200;

    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string Action { get; set; }
    /// <summary>The person the action was about, by id only: the trail never copies names or addresses.</summary>
    public Guid? SubjectUserId { get; set; }
    public string? Details { get; set; }
}

public static class AuditActions
{
    public const string PersonViewed = "PersonViewed";
    public const string PeopleListed = "PeopleListed";
    public const string RoleGranted = "RoleGranted";
    public const string RoleRevoked = "RoleRevoked";
    public const string AuditRead = "AuditRead";

    public static readonly string[] All = [PersonViewed, PeopleListed, RoleGranted, RoleRevoked, AuditRead];
}
