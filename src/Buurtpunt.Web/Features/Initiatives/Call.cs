using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// A yearly call for citizen initiatives ("Kom op voor je wijk"): a period, a total budget, the
/// tracks on offer with their maximum amounts and application forms. Money is kept in euro cents
/// (whole numbers), so totals are exact and the database can check a budget in one UPDATE.
/// </summary>
public class Call : ITenantOwned
{
    public const int TitleMaxLength = 200, TextMaxLength = 4000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string Title { get; set; }
    public string Intro { get; set; } = "";
    public string Eligibility { get; set; } = "";
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public long BudgetCents { get; set; }
    /// <summary>The sum of the grants the council made; changed only by an UPDATE that keeps it within the budget.</summary>
    public long CommittedCents { get; set; }
    /// <summary>How many different addresses must support an application (0: no support needed).</summary>
    public int SupportThreshold { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<Track> Tracks { get; set; } = [];
    public List<Criterion> Criteria { get; set; } = [];
    /// <summary>The join track's catalogue.</summary>
    public List<Offer> Offers { get; set; } = [];

    public bool IsOpen(DateOnly today) => today >= OpensOn && today <= ClosesOn;
}

public class Track : ITenantOwned
{
    public const int IntroMaxLength = 2000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int CallId { get; set; }
    public TrackKind Kind { get; set; }
    public bool Offered { get; set; } = true;
    public long MaxAmountCents { get; set; }
    public string Intro { get; set; } = "";
    public int QuestionnaireId { get; set; }
    public Questionnaire? Questionnaire { get; set; }
    /// <summary>The form a project fills in at the end (the experiment track's evaluation); none: the city closes it without one.</summary>
    public int? EvaluationQuestionnaireId { get; set; }
    public Questionnaire? EvaluationQuestionnaire { get; set; }
}

/// <summary>An application to a call in one track: the answers are a <see cref="FormResponse"/> of the track's form.</summary>
public class Application : ITenantOwned
{
    public const int TitleMaxLength = 150, AdviceMaxLength = 4000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int CallId { get; set; }
    public Call? Call { get; set; }
    public int TrackId { get; set; }
    public Track? Track { get; set; }
    public Guid ApplicantId { get; set; }
    public Guid? EnteredById { get; set; }
    public string Title { get; set; } = "";
    public ApplicationStatus Status { get; set; }
    public int ResponseId { get; set; }
    public FormResponse? Response { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    /// <summary>The unguessable part of the link neighbours use to support it (<c>/steun/{token}</c>).</summary>
    public string SupportToken { get; set; } = "";

    // The working group's advice, the committee's advice (recorded by its chair) and the council's decision.
    public Opinion? WorkingGroupOpinion { get; set; }
    public string WorkingGroupAdvice { get; set; } = "";
    public Opinion? CommitteeOpinion { get; set; }
    public string CommitteeAdvice { get; set; } = "";
    public long? GrantedCents { get; set; }
    public string Conditions { get; set; } = "";
    public string DecisionReason { get; set; } = "";
    public DateTime? DecidedUtc { get; set; }

    // The project after approval: the neighbourhood it is in (for the showcase), its period, what was paid and its evaluation.
    public int? AreaId { get; set; }
    public DateOnly? StartedOn { get; set; }
    /// <summary>When the trial ends (experiments): the evaluation is due then.</summary>
    public DateOnly? EndsOn { get; set; }
    /// <summary>The sum of the payments; changed only by an UPDATE that keeps it within the grant.</summary>
    public long PaidCents { get; set; }
    public int? EvaluationResponseId { get; set; }
    public FormResponse? EvaluationResponse { get; set; }
    /// <summary>When the applicants were mailed that the evaluation is open; set once, by the UPDATE that claims the reminder.</summary>
    public DateTime? EvaluationRemindedUtc { get; set; }

    /// <summary>Neighbours can support it until the working group has taken it on.</summary>
    public bool TakesSupport => Status is ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.InReview or ApplicationStatus.QuestionsToApplicant;

    public static string NewSupportToken() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// A neighbour's support for an application: a name and an address, given online or on a signed
/// paper sheet (typed in by a worker). Only one support per address counts (<see cref="AddressKey"/>,
/// unique per application). The applicant sees the count, never who.
/// </summary>
public class Support : ITenantOwned
{
    public const int NameMaxLength = 120, AddressMaxLength = 300;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public required string AddressKey { get; set; }
    public Guid? SupporterId { get; set; }
    public Guid? EnteredById { get; set; }
    public bool FromPaper { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A step in an application's life: who, when, why. The file's history and the source of its lead times.</summary>
public class ApplicationEvent : ITenantOwned
{
    public const int NoteMaxLength = 1000;

    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public ApplicationStep Step { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? ById { get; set; }
    public string? Note { get; set; }
}
