namespace Buurtpunt.Core.Initiatives;

/// <summary>What a resident goes through to apply, in order.</summary>
public enum ApplicantStage { Start, FillIn, GatherSupport, Submit }

/// <summary>
/// The threshold of one track, the figure the programme wants low: how many fields a resident must
/// fill in (the form's required questions and the title), how many questions the form has in all,
/// and the stages from starting to submitting — gathering support only when the call asks for it.
/// </summary>
public sealed record ApplicantEffort(int RequiredFields, int Questions, IReadOnlyList<ApplicantStage> Stages)
{
    public static ApplicantEffort For(int requiredQuestions, int questions, int supportThreshold) =>
        new(requiredQuestions + 1, questions, supportThreshold > 0
            ? [ApplicantStage.Start, ApplicantStage.FillIn, ApplicantStage.GatherSupport, ApplicantStage.Submit]
            : [ApplicantStage.Start, ApplicantStage.FillIn, ApplicantStage.Submit]);
}
