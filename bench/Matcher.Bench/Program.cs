using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Buurtpunt.Core.Help;
using Reference = Google.OrTools.Graph;

// bench/Matcher.Bench: the matcher's min-cost flow against Google OR-Tools on the same rounds.
// `dotnet run -c Release --project bench/Matcher.Bench` runs BenchmarkDotNet (ShortRun, memory);
// `-- --check` only builds the rounds and checks both solvers agree (quick).
if (args.Contains("--check"))
{
    foreach (var size in MatcherBench.Sizes)
    {
        var round = Rounds.Make(size);
        var sw = Stopwatch.StartNew();
        Matcher.Build(round.Requests, round.Volunteers);
        var feasibilityMs = sw.ElapsedMilliseconds;
        sw.Restart();
        var ours = Solvers.Ours(round);
        var oursMs = sw.ElapsedMilliseconds;
        sw.Restart();
        var reference = Solvers.OrTools(round);
        Console.WriteLine($"{size}: {round.Round.Arcs.Count} feasible pairs found in {feasibilityMs} ms; ours flow {ours.Flow} cost {ours.Cost} in {oursMs} ms ({Solvers.LastPhases} phases); OR-Tools flow {reference.Flow} cost {reference.Cost} in {sw.ElapsedMilliseconds} ms");
        if (ours != reference) return 1;
    }
    return 0;
}
// `-- --time [runs]`: each step several times, interleaved, best time (for quick tuning runs).
if (args.Contains("--time"))
{
    var runs = args.Length > 1 && int.TryParse(args[^1], out var n) ? n : 7;
    // Warm up for two seconds first, as BenchmarkDotNet does: the JIT's tiered compilation only optimises
    // fully after a method has run a while, and otherwise the first size would be timed half-compiled.
    var warmUp = Rounds.Make(MatcherBench.Sizes.First());
    for (var sw = Stopwatch.StartNew(); sw.ElapsedMilliseconds < 2000;)
    {
        Matcher.Build(warmUp.Requests, warmUp.Volunteers);
        Solvers.Ours(warmUp);
        Solvers.OrTools(warmUp);
    }
    foreach (var size in MatcherBench.Sizes)
    {
        var round = Rounds.Make(size);
        double build = double.MaxValue, ours = double.MaxValue, reference = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            Matcher.Build(round.Requests, round.Volunteers);
            build = Math.Min(build, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            Solvers.Ours(round);
            ours = Math.Min(ours, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            Solvers.OrTools(round);
            reference = Math.Min(reference, sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{size}: best of {runs}: feasibility {build:F1} ms; ours {ours:F1} ms ({Solvers.LastPhases} phases); OR-Tools {reference:F1} ms; ratio {ours / reference:F2}");
    }
    return 0;
}
BenchmarkRunner.Run<MatcherBench>(DefaultConfig.Instance.AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator), args);
return 0;

[MemoryDiagnoser]
public class MatcherBench
{
    public static IEnumerable<string> Sizes => ["1k x 500", "10k x 5k"];

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "1k x 500";

    private Rounds.Instance _round = null!;

    [GlobalSetup]
    public void Setup() => _round = Rounds.Make(Size);

    [Benchmark(Baseline = true, Description = "OR-Tools min-cost flow")]
    public (int, long) OrTools() => Solvers.OrTools(_round);

    [Benchmark(Description = "Buurtpunt min-cost flow")]
    public (int, long) Ours() => Solvers.Ours(_round);

    [Benchmark(Description = "Buurtpunt whole proposal (feasibility + flow)")]
    public int Propose() => Matcher.Propose(_round.Requests, _round.Volunteers).Pairs.Count;
}

public static class Solvers
{
    public static (int Flow, long Cost) Ours(Rounds.Instance instance)
    {
        var (requests, volunteers, round) = (instance.Requests.Count, instance.Volunteers.Count, instance.Round);
        var flow = new MinCostFlow();
        var (s, t) = (flow.AddNode(), flow.AddNode());
        for (var i = 0; i < requests + volunteers; i++) flow.AddNode();
        for (var r = 0; r < requests; r++) flow.AddArc(s, 2 + r, 1, 0);
        foreach (var (r, v, cost, _) in round.Arcs) flow.AddArc(2 + r, 2 + requests + v, 1, cost);
        for (var v = 0; v < volunteers; v++) if (round.Capacities[v] > 0) flow.AddArc(2 + requests + v, t, round.Capacities[v], 0);
        var result = flow.Solve(s, t);
        LastPhases = flow.Phases;
        return result;
    }

    public static int LastPhases { get; private set; }

    public static (int Flow, long Cost) OrTools(Rounds.Instance instance)
    {
        var (requests, volunteers, round) = (instance.Requests.Count, instance.Volunteers.Count, instance.Round);
        var flow = new Reference.MinCostFlow();
        for (var r = 0; r < requests; r++) flow.AddArcWithCapacityAndUnitCost(0, 2 + r, 1, 0);
        foreach (var (r, v, cost, _) in round.Arcs) flow.AddArcWithCapacityAndUnitCost(2 + r, 2 + requests + v, 1, cost);
        for (var v = 0; v < volunteers; v++) if (round.Capacities[v] > 0) flow.AddArcWithCapacityAndUnitCost(2 + requests + v, 1, round.Capacities[v], 0);
        flow.SetNodeSupply(0, requests);
        flow.SetNodeSupply(1, -requests);
        if (flow.SolveMaxFlowWithMinCost() != Reference.MinCostFlowBase.Status.OPTIMAL) throw new InvalidOperationException("OR-Tools did not solve the round.");
        return ((int)flow.MaximumFlow(), flow.OptimalCost());
    }
}

/// <summary>
/// Realistic rounds: requests and volunteers spread over a city of about 15 × 15 km (10k × 5k: a
/// region of 45 × 45 km), ranges of 1–10 km (a few by area), a third of the kinds per volunteer,
/// weekly slots, recurring requests. Fixed seeds: the same round every run.
/// </summary>
public static class Rounds
{
    public sealed record Instance(List<MatchRequest> Requests, List<MatchVolunteer> Volunteers, Matcher.Round Round);

    public static Instance Make(string size)
    {
        var (requests, volunteers, span) = size == "1k x 500" ? (1_000, 500, 0.14) : (10_000, 5_000, 0.42);
        var random = new Random(2026);
        var kinds = Enum.GetValues<HelpKind>();
        GeoPoint Somewhere() => new(50.70 + random.NextDouble() * span, 5.00 + random.NextDouble() * span * 1.5);
        var monday = new DateOnly(2026, 11, 23);
        var requestList = Enumerable.Range(1, requests).Select(id =>
        {
            var day = monday.AddDays(random.Next(7));
            var from = (8 + random.Next(10)) * 60;
            var windows = Enumerable.Range(0, random.Next(1, 4)).Select(w => new Window(day.AddDays(7 * w), from, from + 180)).ToList();
            return new MatchRequest(id, kinds[random.Next(kinds.Length)], windows, 30 * random.Next(1, 5), Somewhere(), random.Next(1, 40),
                random.Next(10) == 0 ? "fr" : null, random.Next(8) == 0 ? Needs.WheelchairInCar : Needs.None);
        }).ToList();
        var volunteerList = Enumerable.Range(1, volunteers).Select(id => new MatchVolunteer(id,
            kinds.Where(_ => random.Next(3) == 0).ToHashSet(),
            Enumerable.Range(0, random.Next(2, 6)).Select(_ => { var from = (8 + random.Next(10)) * 60; return new WeeklySlot((DayOfWeek)random.Next(7), from, from + 60 * random.Next(2, 6)); }).ToList(),
            Somewhere(), RangeKm: 1 + random.Next(10), Areas: random.Next(10) == 0 ? new HashSet<int> { random.Next(1, 40) } : null,
            Languages: random.Next(4) == 0 ? new HashSet<string> { "nl", "fr" } : new HashSet<string> { "nl" },
            CanMeet: random.Next(4) == 0 ? Needs.WheelchairInCar : Needs.None, MaxRequests: random.Next(1, 4), ActiveRequests: random.Next(0, 2),
            MinutesPerWeek: 60 * random.Next(2, 8), MinutesTaken: 30 * random.Next(0, 3), Talents: kinds.Where(_ => random.Next(6) == 0).ToHashSet())).ToList();
        return new Instance(requestList, volunteerList, Matcher.Build(requestList, volunteerList));
    }
}
