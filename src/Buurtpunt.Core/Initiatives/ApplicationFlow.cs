using Buurtpunt.Core.Flows;

namespace Buurtpunt.Core.Initiatives;

/// <summary>The three tracks of a call (Leuven's "Kom op voor je wijk"): join a ready-made offer, try an idea out, or create your own project.</summary>
public enum TrackKind { Join, Experiment, Create }

/// <summary>Where an application for a citizen initiative stands.</summary>
public enum ApplicationStatus
{
    Draft, Submitted, InReview, QuestionsToApplicant, Assessed, Approved, Rejected, Running, Evaluated, Closed, Withdrawn,
}

/// <summary>What someone does to an application.</summary>
public enum ApplicationStep
{
    Submit, StartReview, AskApplicant, Answer, Recommend, Advise, Approve, Reject, Start, Evaluate, Close, Withdraw,
}

/// <summary>
/// Who takes a step: the applicant (or co-applicant, or a worker for them), the official working
/// group, the assessment committee's chair, the council (recorded by staff), and the city's staff
/// who follow the project.
/// </summary>
public enum ApplicationActor { Applicant, WorkingGroup, CommitteeChair, Council, Staff }

/// <summary>
/// The application's life: draft → submitted → in review ⇄ questions to the applicant → assessed →
/// approved / rejected → running → evaluated → closed; withdrawn from any state before the decision.
/// Every step names the states it starts from and who may take it; anything else is refused, so no
/// one can skip or force a step.
/// </summary>
public static class ApplicationFlow
{
    private static readonly ApplicationStatus[] BeforeDecision =
        [ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.QuestionsToApplicant, ApplicationStatus.Assessed];

    private static readonly Flow<ApplicationStatus, ApplicationStep, ApplicationActor> Rules = new(
        new(ApplicationStep.Submit, [ApplicationStatus.Draft], ApplicationStatus.Submitted, [ApplicationActor.Applicant]),
        new(ApplicationStep.StartReview, [ApplicationStatus.Submitted], ApplicationStatus.InReview, [ApplicationActor.WorkingGroup]),
        new(ApplicationStep.AskApplicant, [ApplicationStatus.InReview], ApplicationStatus.QuestionsToApplicant, [ApplicationActor.WorkingGroup]),
        new(ApplicationStep.Answer, [ApplicationStatus.QuestionsToApplicant], ApplicationStatus.InReview, [ApplicationActor.Applicant]),
        // The working group's advice is recorded on the file; the application stays in review.
        new(ApplicationStep.Recommend, [ApplicationStatus.InReview], ApplicationStatus.InReview, [ApplicationActor.WorkingGroup]),
        new(ApplicationStep.Advise, [ApplicationStatus.InReview], ApplicationStatus.Assessed, [ApplicationActor.CommitteeChair]),
        new(ApplicationStep.Approve, [ApplicationStatus.Assessed], ApplicationStatus.Approved, [ApplicationActor.Council]),
        new(ApplicationStep.Reject, [ApplicationStatus.Assessed], ApplicationStatus.Rejected, [ApplicationActor.Council]),
        new(ApplicationStep.Start, [ApplicationStatus.Approved], ApplicationStatus.Running, [ApplicationActor.Staff]),
        new(ApplicationStep.Evaluate, [ApplicationStatus.Running], ApplicationStatus.Evaluated, [ApplicationActor.Applicant]),
        new(ApplicationStep.Close, [ApplicationStatus.Running, ApplicationStatus.Evaluated], ApplicationStatus.Closed, [ApplicationActor.Staff]),
        new(ApplicationStep.Withdraw, BeforeDecision, ApplicationStatus.Withdrawn, [ApplicationActor.Applicant]));

    /// <inheritdoc cref="Flow{TStatus, TStep, TActor}.Next"/>
    public static ApplicationStatus? Next(ApplicationStatus from, ApplicationStep step, IEnumerable<ApplicationActor> actors) => Rules.Next(from, step, actors);

    /// <inheritdoc cref="Flow{TStatus, TStep, TActor}.Allowed"/>
    public static IReadOnlyList<ApplicationStep> Allowed(ApplicationStatus from, IEnumerable<ApplicationActor> actors) => Rules.Allowed(from, actors);

    /// <summary>Projects the city shows as realised (the showcase, the sitemap, their public photos).</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Realised = [ApplicationStatus.Running, ApplicationStatus.Evaluated, ApplicationStatus.Closed];

    /// <summary>The applicant may change the answers only while the application is theirs to edit.</summary>
    public static bool Editable(ApplicationStatus status) => status is ApplicationStatus.Draft or ApplicationStatus.QuestionsToApplicant;
}
