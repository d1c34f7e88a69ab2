namespace Buurtpunt.Core.Help;

/// <summary>
/// Minimum-cost maximum flow with integer capacities and non-negative integer costs. First the
/// largest flow from source to sink (Dinic), then the cheapest way to send it: Goldberg–Tarjan cost
/// scaling (push–relabel on ε-optimal flows, ε divided by <see cref="Alpha"/> until exact), the
/// method of OR-Tools and LEMON. Costs are multiplied by the node count so that ε &lt; 1 means
/// optimal. Deterministic: arcs are tried in the order they were added, active nodes first in, first out.
/// </summary>
public sealed class MinCostFlow
{
    private const int Alpha = 8;
    private readonly List<int> _head = [];
    private int[] _to = new int[16], _next = new int[16], _capacity = new int[16], _original = new int[16];
    private long[] _cost = new long[16];
    private int _arcs;

    public int NodeCount => _head.Count;

    /// <summary>Refine rounds the last <see cref="Solve"/> needed (for benchmarks and tuning).</summary>
    public int Phases { get; private set; }

    public int AddNode()
    {
        _head.Add(-1);
        return _head.Count - 1;
    }

    /// <summary>Adds an arc and returns its id (for <see cref="FlowOn"/>).</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        if (cost < 0) throw new ArgumentOutOfRangeException(nameof(cost), "Costs must not be negative.");
        var id = _arcs;
        Push(from, to, capacity, cost);
        Push(to, from, 0, -cost);
        return id;
    }

    private void Push(int from, int to, int capacity, long cost)
    {
        if (_arcs == _to.Length)
        {
            var size = _arcs * 2;
            Array.Resize(ref _to, size); Array.Resize(ref _next, size); Array.Resize(ref _capacity, size);
            Array.Resize(ref _original, size); Array.Resize(ref _cost, size);
        }
        (_to[_arcs], _capacity[_arcs], _original[_arcs], _cost[_arcs], _next[_arcs]) = (to, capacity, capacity, cost, _head[from]);
        _head[from] = _arcs++;
    }

    public int FlowOn(int arc) => _original[arc] - _capacity[arc];

    public (int Flow, long Cost) Solve(int source, int sink)
    {
        var n = _head.Count;
        var arcs = BuildOrder(n);
        var flow = MaxFlow(source, sink, arcs);
        // Cost scaling from the maximum flow: every ε-optimal flow stays a maximum flow (pushes
        // only move flow along residual cycles), and at ε < 1 with costs × n it is the cheapest.
        var scaled = new long[_arcs];
        long largest = 0;
        for (var e = 0; e < _arcs; e++)
        {
            scaled[e] = _cost[e] * n;
            largest = Math.Max(largest, Math.Abs(scaled[e]));
        }
        var price = new long[n];
        var excess = new long[n];
        var current = new int[n];
        var active = new Queue<int>();
        Phases = 0;
        for (var epsilon = largest; epsilon >= 1;)
        {
            epsilon = Math.Max(1, epsilon / Alpha);
            Refine(epsilon, arcs, scaled, price, excess, current, active);
            Phases++;
            if (epsilon == 1) break;
        }
        long cost = 0;
        for (var e = 0; e < _arcs; e += 2) cost += (long)FlowOn(e) * _cost[e];
        return (flow, cost);
    }

    // ε-optimal: every residual arc has reduced cost ≥ −ε. Saturate the arcs that break it, then
    // push excess along admissible arcs (reduced cost < 0) and relabel nodes that have none.
    private void Refine(long epsilon, Arcs arcs, long[] cost, long[] price, long[] excess, int[] current, Queue<int> active)
    {
        var (start, list) = (arcs.Start, arcs.List);
        var n = start.Length - 1;
        for (var u = 0; u < n; u++)
            for (var i = start[u]; i < start[u + 1]; i++)
            {
                var e = list[i];
                if (_capacity[e] == 0 || cost[e] + price[u] - price[_to[e]] >= 0) continue;
                var amount = _capacity[e];
                _capacity[e] = 0;
                _capacity[e ^ 1] += amount;
                excess[u] -= amount;
                excess[_to[e]] += amount;
            }
        for (var u = 0; u < n; u++) current[u] = start[u];
        for (var u = 0; u < n; u++) if (excess[u] > 0) active.Enqueue(u);
        while (active.TryDequeue(out var u))
        {
            while (excess[u] > 0)
            {
                if (current[u] == start[u + 1])
                {
                    Relabel(u, epsilon, arcs, cost, price, current);
                    continue;
                }
                var a = list[current[u]];
                var v = _to[a];
                if (_capacity[a] > 0 && cost[a] + price[u] - price[v] < 0)
                {
                    // Look ahead: a node without deficit and without an admissible arc would only
                    // push the flow back; lower its price first (the arc may stop being admissible).
                    if (excess[v] >= 0 && !HasAdmissible(v, arcs, cost, price, current) && Relabel(v, epsilon, arcs, cost, price, current))
                        continue;
                    var amount = (int)Math.Min(excess[u], _capacity[a]);
                    _capacity[a] -= amount;
                    _capacity[a ^ 1] += amount;
                    excess[u] -= amount;
                    var wasInactive = excess[v] <= 0;
                    excess[v] += amount;
                    if (wasInactive && excess[v] > 0) active.Enqueue(v);
                }
                else current[u]++;
            }
        }
    }

    private bool HasAdmissible(int v, Arcs arcs, long[] cost, long[] price, int[] current)
    {
        for (var end = arcs.Start[v + 1]; current[v] < end; current[v]++)
        {
            var e = arcs.List[current[v]];
            if (_capacity[e] > 0 && cost[e] + price[v] - price[_to[e]] < 0) return true;
        }
        return false;
    }

    // Lower the price just enough that some residual arc becomes admissible; false (and nothing
    // changed) when the node has no residual arc at all.
    private bool Relabel(int u, long epsilon, Arcs arcs, long[] cost, long[] price, int[] current)
    {
        var best = long.MinValue;
        for (var i = arcs.Start[u]; i < arcs.Start[u + 1]; i++)
        {
            var e = arcs.List[i];
            if (_capacity[e] > 0) best = Math.Max(best, price[_to[e]] - cost[e]);
        }
        if (best == long.MinValue) return false;
        price[u] = best - epsilon;
        current[u] = arcs.Start[u];
        return true;
    }

    private int MaxFlow(int source, int sink, Arcs arcs)
    {
        var n = arcs.Start.Length - 1;
        var level = new int[n];
        var cursor = new int[n];
        var path = new List<int>();
        var flow = 0;
        while (Levels(source, sink, arcs, level))
        {
            for (var u = 0; u < n; u++) cursor[u] = arcs.Start[u];
            int pushed;
            while ((pushed = Augment(source, sink, arcs, level, cursor, path)) > 0) flow += pushed;
        }
        return flow;
    }

    /// <summary>Every node's arcs in the order they were added, side by side in one array (Start[v]..Start[v+1]).</summary>
    private sealed class Arcs(int[] start, int[] list)
    {
        public readonly int[] Start = start, List = list;
    }

    private Arcs BuildOrder(int n)
    {
        var start = new int[n + 1];
        var list = new int[_arcs];
        var at = 0;
        for (var v = 0; v < n; v++)
        {
            start[v] = at;
            for (var e = _head[v]; e >= 0; e = _next[e]) list[at++] = e;
            Array.Reverse(list, start[v], at - start[v]);
        }
        start[n] = at;
        return new Arcs(start, list);
    }

    private bool Levels(int source, int sink, Arcs arcs, int[] level)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.TryDequeue(out var u))
            for (var i = arcs.Start[u]; i < arcs.Start[u + 1]; i++)
            {
                var e = arcs.List[i];
                var v = _to[e];
                if (_capacity[e] > 0 && level[v] < 0)
                {
                    level[v] = level[u] + 1;
                    queue.Enqueue(v);
                }
            }
        return level[sink] >= 0;
    }

    // Iterative (a path may be long): advance along level arcs, retreat from dead ends, push the bottleneck.
    private int Augment(int source, int sink, Arcs arcs, int[] level, int[] cursor, List<int> path)
    {
        path.Clear();
        var u = source;
        while (true)
        {
            if (u == sink)
            {
                var bottleneck = int.MaxValue;
                foreach (var e in path) bottleneck = Math.Min(bottleneck, _capacity[e]);
                foreach (var e in path)
                {
                    _capacity[e] -= bottleneck;
                    _capacity[e ^ 1] += bottleneck;
                }
                return bottleneck;
            }
            var advanced = false;
            for (var end = arcs.Start[u + 1]; cursor[u] < end; cursor[u]++)
            {
                var e = arcs.List[cursor[u]];
                if (_capacity[e] == 0 || level[_to[e]] != level[u] + 1) continue;
                path.Add(e);
                u = _to[e];
                advanced = true;
                break;
            }
            if (advanced) continue;
            level[u] = -1;
            if (path.Count == 0) return 0;
            var back = path[^1];
            path.RemoveAt(path.Count - 1);
            u = _to[back ^ 1];
            cursor[u]++;
        }
    }
}
