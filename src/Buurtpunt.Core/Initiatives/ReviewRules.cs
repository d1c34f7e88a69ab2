namespace Buurtpunt.Core.Initiatives;

/// <summary>What the working group or the committee advises the council.</summary>
public enum Opinion { Positive, Conditional, Negative }

/// <summary>Why a grant cannot be made.</summary>
public enum GrantProblem { NotPositive, AboveTrackMaximum, AboveRemainingBudget }

/// <summary>The committee's scale and the council's budget rules, apart from any storage.</summary>
public static class ReviewRules
{
    /// <summary>Each criterion is scored from 1 (weak) to 5 (strong), as on Leuven's paper forms.</summary>
    public const int LowestScore = 1, HighestScore = 5;

    public static bool OnScale(int points) => points is >= LowestScore and <= HighestScore;

    /// <summary>The mean of the scores given, to one decimal; null when no one scored.</summary>
    public static decimal? Average(IEnumerable<int> points)
    {
        var list = points.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Sum() / list.Count, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Whether <paramref name="amountCents"/> can be granted: more than zero, at most the track's
    /// maximum and at most what is left of the call's budget. The database checks the budget again
    /// in the same UPDATE that commits it, so two decisions at once cannot overspend it.
    /// </summary>
    public static GrantProblem? CheckGrant(long amountCents, long trackMaximumCents, long budgetCents, long committedCents) =>
        amountCents <= 0 ? GrantProblem.NotPositive
        : amountCents > trackMaximumCents ? GrantProblem.AboveTrackMaximum
        : amountCents > budgetCents - committedCents ? GrantProblem.AboveRemainingBudget
        : null;
}
