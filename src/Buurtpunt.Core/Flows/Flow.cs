namespace Buurtpunt.Core.Flows;

/// <summary>
/// An explicit state machine: each step names the states it starts from, the state it leads to
/// and who may take it. Anything not listed is refused, so no one can skip or force a step. Used
/// for requests for help and for applications for citizen initiatives.
/// </summary>
public sealed class Flow<TStatus, TStep, TActor>(params Flow<TStatus, TStep, TActor>.Rule[] rules)
    where TStatus : struct, Enum where TStep : struct, Enum where TActor : struct, Enum
{
    public sealed record Rule(TStep Step, TStatus[] From, TStatus To, TActor[] By);

    /// <summary>The state after <paramref name="step"/>, or null when none of <paramref name="actors"/> may take it from <paramref name="from"/>.</summary>
    public TStatus? Next(TStatus from, TStep step, IEnumerable<TActor> actors)
    {
        var rule = rules.Single(r => EqualityComparer<TStep>.Default.Equals(r.Step, step));
        return rule.From.Contains(from) && actors.Any(rule.By.Contains) ? rule.To : null;
    }

    /// <summary>The steps <paramref name="actors"/> may take now (what a page offers).</summary>
    public IReadOnlyList<TStep> Allowed(TStatus from, IEnumerable<TActor> actors)
    {
        var who = actors.ToArray();
        return rules.Where(r => r.From.Contains(from) && who.Any(r.By.Contains)).Select(r => r.Step).ToList();
    }
}
