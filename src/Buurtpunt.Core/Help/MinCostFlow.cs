namespace Buurtpunt.Core.Help;

/// <summary>
/// Minimum-cost maximum flow with integer capacities and non-negative integer costs, by the
/// primal-dual method: Dijkstra with node potentials finds every node's shortest distance, then a
/// blocking flow (Dinic) pushes along all shortest paths at once; repeat until the sink is out of
/// reach. Each phase raises the cost of the cheapest path, so there are few phases when costs are
/// small integers. The result is the largest flow and, among those, the cheapest. Deterministic:
/// arcs are tried in the order they were added.
/// </summary>
public sealed class MinCostFlow
{
    private readonly List<int> _head = [];
    private int[] _to = new int[16], _next = new int[16], _capacity = new int[16], _original = new int[16];
    private long[] _cost = new long[16];
    private int _arcs;

    public int NodeCount => _head.Count;

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
        // Arcs in insertion order per node (the list above is last-in first-out).
        var order = BuildOrder(n);
        var potential = new long[n];
        var distance = new long[n];
        var level = new int[n];
        var cursor = new int[n];
        var path = new List<int>();
        int flow = 0;
        long cost = 0;
        while (true)
        {
            if (!Dijkstra(source, sink, order, potential, distance)) break;
            var reach = distance[sink];
            for (var v = 0; v < n; v++) potential[v] += Math.Min(distance[v], reach);
            // Blocking flows over arcs of zero reduced cost until none is left at this distance.
            while (Levels(source, sink, order, potential, level))
            {
                Array.Clear(cursor);
                int pushed;
                while ((pushed = Augment(source, sink, order, potential, level, cursor, path)) > 0)
                {
                    flow += pushed;
                    cost += pushed * (potential[sink] - potential[source]);
                }
            }
        }
        return (flow, cost);
    }

    private int[][] BuildOrder(int n)
    {
        var order = new int[n][];
        var list = new List<int>();
        for (var v = 0; v < n; v++)
        {
            list.Clear();
            for (var e = _head[v]; e >= 0; e = _next[e]) list.Add(e);
            list.Reverse();
            order[v] = [.. list];
        }
        return order;
    }

    private bool Dijkstra(int source, int sink, int[][] order, long[] potential, long[] distance)
    {
        Array.Fill(distance, long.MaxValue);
        distance[source] = 0;
        var queue = new PriorityQueue<int, long>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (d > distance[u]) continue;
            foreach (var e in order[u])
            {
                if (_capacity[e] == 0) continue;
                var v = _to[e];
                var nd = d + _cost[e] + potential[u] - potential[v];
                if (nd < distance[v])
                {
                    distance[v] = nd;
                    queue.Enqueue(v, nd);
                }
            }
        }
        return distance[sink] != long.MaxValue;
    }

    private bool Levels(int source, int sink, int[][] order, long[] potential, int[] level)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.TryDequeue(out var u))
            foreach (var e in order[u])
            {
                var v = _to[e];
                if (_capacity[e] > 0 && level[v] < 0 && _cost[e] + potential[u] - potential[v] == 0)
                {
                    level[v] = level[u] + 1;
                    queue.Enqueue(v);
                }
            }
        return level[sink] >= 0;
    }

    // Iterative (a path may be long): advance along admissible arcs, retreat from dead ends
    // (marking them), push the bottleneck when the sink is reached.
    private int Augment(int source, int sink, int[][] order, long[] potential, int[] level, int[] cursor, List<int> path)
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
            var arcs = order[u];
            var advanced = false;
            for (; cursor[u] < arcs.Length; cursor[u]++)
            {
                var e = arcs[cursor[u]];
                var v = _to[e];
                if (_capacity[e] == 0 || level[v] != level[u] + 1 || _cost[e] + potential[u] - potential[v] != 0) continue;
                path.Add(e);
                u = v;
                advanced = true;
                break;
            }
            if (advanced) continue;
            level[u] = -1; // nothing more gets through here in this phase
            if (path.Count == 0) return 0;
            var back = path[^1];
            path.RemoveAt(path.Count - 1);
            u = _to[back ^ 1];
            cursor[u]++;
        }
    }
}
