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
    public const string AssistedCreated = "AssistedCreated";
    public const string AssistedEdited = "AssistedEdited";
    public const string ConsentRecorded = "ConsentRecorded";
    public const string ConsentWithdrawn = "ConsentWithdrawn";
    public const string PersonExported = "PersonExported";
    public const string PersonErased = "PersonErased";
    public const string TakeoverCodeMade = "TakeoverCodeMade";
    public const string TakenOver = "TakenOver";
    public const string ActingStarted = "ActingStarted";
    public const string ActingStopped = "ActingStopped";
    public const string ActedOnBehalf = "ActedOnBehalf";
    public const string RegistrationsViewed = "RegistrationsViewed";
    public const string RegistrationsExported = "RegistrationsExported";
    public const string HelpRequestViewed = "HelpRequestViewed";
    public const string HelpRequestsListed = "HelpRequestsListed";
    public const string HelpRequestChanged = "HelpRequestChanged";
    public const string VolunteersListed = "VolunteersListed";
    public const string VolunteerApproved = "VolunteerApproved";
    public const string ApplicationViewed = "ApplicationViewed";
    public const string SupportEntered = "SupportEntered";
    public const string ApplicationExported = "ApplicationExported";
    public const string FormResponsesExported = "FormResponsesExported";
    public const string SeatsEnded = "SeatsEnded";

    public static readonly string[] All =
    [
        PersonViewed, PeopleListed, RoleGranted, RoleRevoked, AuditRead, AssistedCreated, AssistedEdited, ConsentRecorded,
        ConsentWithdrawn, PersonExported, PersonErased, TakeoverCodeMade, TakenOver, ActingStarted, ActingStopped, ActedOnBehalf,
        RegistrationsViewed, RegistrationsExported, HelpRequestViewed, HelpRequestsListed, HelpRequestChanged, VolunteersListed, VolunteerApproved, ApplicationViewed, SupportEntered,
        ApplicationExported, FormResponsesExported, SeatsEnded,
    ];
}
