using Buurtpunt.Core.Help;
using OrTools = Google.OrTools.Graph;

namespace Buurtpunt.Core.Tests.Help;

/// <summary>The flow engine against Google OR-Tools' min-cost-flow solver on the same graphs.</summary>
public class MinCostFlowTests
{
    [Fact]
    public void A_small_assignment_takes_the_cheapest_way_to_serve_everyone()
    {
        // Two requests, two volunteers of one place each: 0→A costs 1, 0→B 2, 1→A 1, 1→B 10.
        // Cheapest that serves both: 0→B, 1→A (cost 3), not the greedy 0→A then 1→B (cost 11).
        var flow = new MinCostFlow();
        var (s, t) = (flow.AddNode(), flow.AddNode());
        var (r0, r1, a, b) = (flow.AddNode(), flow.AddNode(), flow.AddNode(), flow.AddNode());
        flow.AddArc(s, r0, 1, 0); flow.AddArc(s, r1, 1, 0);
        var r0a = flow.AddArc(r0, a, 1, 1); var r0b = flow.AddArc(r0, b, 1, 2);
        var r1a = flow.AddArc(r1, a, 1, 1); var r1b = flow.AddArc(r1, b, 1, 10);
        flow.AddArc(a, t, 1, 0); flow.AddArc(b, t, 1, 0);
        Assert.Equal((2, 3L), flow.Solve(s, t));
        Assert.Equal([0, 1, 1, 0], new[] { flow.FlowOn(r0a), flow.FlowOn(r0b), flow.FlowOn(r1a), flow.FlowOn(r1b) });
    }

    [Theory]
    [InlineData(1, 12, 30)]
    [InlineData(2, 60, 300)]
    [InlineData(3, 200, 2000)]
    public void Random_general_networks_match_or_tools_in_flow_and_cost(int seed, int nodes, int arcs)
    {
        // Not only assignments: cycles, parallel arcs, larger capacities, long paths.
        for (var round = 0; round < 20; round++)
        {
            var random = new Random(seed * 1000 + round);
            var ours = new MinCostFlow();
            var reference = new OrTools.MinCostFlow();
            for (var v = 0; v < nodes; v++) ours.AddNode();
            var ids = new List<(int Ours, int Reference)>();
            for (var a = 0; a < arcs; a++)
            {
                var (from, to) = (random.Next(nodes), random.Next(nodes));
                if (from == to) continue;
                var (capacity, unitCost) = (random.Next(0, 6), random.Next(0, 100));
                ids.Add((ours.AddArc(from, to, capacity, unitCost), reference.AddArcWithCapacityAndUnitCost(from, to, capacity, unitCost)));
            }
            var (flow, total) = ours.Solve(0, nodes - 1);
            reference.SetNodeSupply(0, 1_000_000);
            reference.SetNodeSupply(nodes - 1, -1_000_000);
            Assert.Equal(OrTools.MinCostFlowBase.Status.OPTIMAL, reference.SolveMaxFlowWithMinCost());
            Assert.Equal(reference.MaximumFlow(), flow);
            Assert.Equal(reference.OptimalCost(), total);
            // A flow: conserved at every node but the ends, within capacities, costing what Solve said.
            var balance = new long[nodes];
            long cost = 0;
            foreach (var (id, r) in ids)
            {
                var f = ours.FlowOn(id);
                Assert.InRange(f, 0, reference.Capacity(r));
                (balance[reference.Tail(r)], balance[reference.Head(r)]) = (balance[reference.Tail(r)] - f, balance[reference.Head(r)] + f);
                cost += f * reference.UnitCost(r);
            }
            Assert.Equal(total, cost);
            Assert.All(balance.Skip(1).SkipLast(1), b => Assert.Equal(0, b));
            Assert.Equal(-flow, balance[0]);
        }
    }

    [Fact]
    public void The_same_network_gets_the_same_flow_on_every_arc()
    {
        var random = new Random(7);
        var arcs = Enumerable.Range(0, 3000).Select(_ => (random.Next(300), random.Next(300), random.Next(1, 4), random.Next(50))).Where(a => a.Item1 != a.Item2).ToList();
        int[] Solve()
        {
            var flow = new MinCostFlow();
            for (var v = 0; v < 300; v++) flow.AddNode();
            var ids = arcs.Select(a => flow.AddArc(a.Item1, a.Item2, a.Item3, a.Item4)).ToList();
            flow.Solve(0, 299);
            return ids.Select(flow.FlowOn).ToArray();
        }
        Assert.Equal(Solve(), Solve());
    }

    [Fact]
    public void Negative_costs_and_capacities_are_refused()
    {
        var flow = new MinCostFlow();
        var (a, b) = (flow.AddNode(), flow.AddNode());
        Assert.Throws<ArgumentOutOfRangeException>(() => flow.AddArc(a, b, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => flow.AddArc(a, b, -1, 1));
    }

    [Theory]
    [InlineData(1, 30, 20, 4)]
    [InlineData(2, 200, 100, 6)]
    [InlineData(3, 500, 150, 3)]
    [InlineData(4, 1000, 500, 8)]
    [InlineData(5, 60, 200, 2)]
    [InlineData(6, 6000, 3000, 12, 1)] // large enough for many global price updates
    public void Random_assignments_match_or_tools_in_flow_and_cost(int seed, int requests, int volunteers, int arcsPerRequest, int rounds = 10)
    {
        for (var round = 0; round < rounds; round++)
        {
            var random = new Random(seed * 1000 + round);
            var arcs = new List<(int R, int V, int Cost)>();
            for (var r = 0; r < requests; r++)
                foreach (var v in Enumerable.Range(0, arcsPerRequest).Select(_ => random.Next(volunteers)).Distinct())
                    arcs.Add((r, v, random.Next(0, 500)));
            var capacities = Enumerable.Range(0, volunteers).Select(_ => random.Next(0, 4)).ToArray();

            var ours = new MinCostFlow();
            var (s, t) = (ours.AddNode(), ours.AddNode());
            var rn = Enumerable.Range(0, requests).Select(_ => ours.AddNode()).ToArray();
            var vn = Enumerable.Range(0, volunteers).Select(_ => ours.AddNode()).ToArray();
            foreach (var r in rn) ours.AddArc(s, r, 1, 0);
            foreach (var (r, v, cost) in arcs) ours.AddArc(rn[r], vn[v], 1, cost);
            for (var v = 0; v < volunteers; v++) ours.AddArc(vn[v], t, capacities[v], 0);
            var (flow, total) = ours.Solve(s, t);

            var reference = new OrTools.MinCostFlow();
            const int source = 0, sink = 1;
            int R(int r) => 2 + r;
            int V(int v) => 2 + requests + v;
            for (var r = 0; r < requests; r++) reference.AddArcWithCapacityAndUnitCost(source, R(r), 1, 0);
            foreach (var (r, v, cost) in arcs) reference.AddArcWithCapacityAndUnitCost(R(r), V(v), 1, cost);
            for (var v = 0; v < volunteers; v++) reference.AddArcWithCapacityAndUnitCost(V(v), sink, capacities[v], 0);
            reference.SetNodeSupply(source, requests);
            reference.SetNodeSupply(sink, -requests);
            Assert.Equal(OrTools.MinCostFlowBase.Status.OPTIMAL, reference.SolveMaxFlowWithMinCost());
            Assert.Equal(reference.MaximumFlow(), flow);
            Assert.Equal(reference.OptimalCost(), total);
        }
    }

    [Fact]
    public void A_large_assignment_stops_refining_once_the_flow_is_proved_optimal()
    {
        // Costs up to 499 times (n + 1) would take ε down to 1 in seven rounds of ÷8; the check for
        // optimality (well below one cost unit) must stop earlier and still agree with OR-Tools.
        var random = new Random(11);
        const int requests = 3000, volunteers = 1500;
        var ours = new MinCostFlow();
        var reference = new OrTools.MinCostFlow();
        var (s, t) = (ours.AddNode(), ours.AddNode());
        for (var i = 0; i < requests + volunteers; i++) ours.AddNode();
        for (var r = 0; r < requests; r++)
        {
            ours.AddArc(s, 2 + r, 1, 0);
            reference.AddArcWithCapacityAndUnitCost(0, 2 + r, 1, 0);
            foreach (var v in Enumerable.Range(0, 8).Select(_ => random.Next(volunteers)).Distinct())
            {
                var cost = random.Next(80, 500);
                ours.AddArc(2 + r, 2 + requests + v, 1, cost);
                reference.AddArcWithCapacityAndUnitCost(2 + r, 2 + requests + v, 1, cost);
            }
        }
        for (var v = 0; v < volunteers; v++)
        {
            var capacity = random.Next(1, 3);
            ours.AddArc(2 + requests + v, t, capacity, 0);
            reference.AddArcWithCapacityAndUnitCost(2 + requests + v, 1, capacity, 0);
        }
        var (flow, total) = ours.Solve(s, t);
        reference.SetNodeSupply(0, requests);
        reference.SetNodeSupply(1, -requests);
        Assert.Equal(OrTools.MinCostFlowBase.Status.OPTIMAL, reference.SolveMaxFlowWithMinCost());
        Assert.Equal((reference.MaximumFlow(), reference.OptimalCost()), (flow, total));
        Assert.InRange(ours.Phases, 1, 5);
    }
}
