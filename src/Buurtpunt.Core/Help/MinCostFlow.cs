namespace Buurtpunt.Core.Help;

/// <summary>
/// Minimum-cost maximum flow with integer capacities and non-negative integer costs. First the
/// largest flow from source to sink (Dinic), then the cheapest way to send it: Goldberg–Tarjan cost
/// scaling (push–relabel on ε-optimal flows, ε divided by <see cref="Alpha"/> until exact) with
/// look-ahead and global price updates, the method of CS2, OR-Tools and LEMON. Costs are
/// multiplied by the node count + 1 so that ε = 1 means optimal; most often optimality can be proved
/// (and the rounds stopped) well before that. Deterministic: arcs are tried in
/// the order they were added, active nodes first in, first out.
/// </summary>
public sealed class MinCostFlow
{
    private const int Alpha = 8;
    private int _nodes, _arcs;
    private int[] _tail = new int[16], _head = new int[16], _capacity = new int[16], _flow = [];
    private long[] _cost = new long[16];

    public int NodeCount => _nodes;

    /// <summary>Refine rounds the last <see cref="Solve"/> needed (for benchmarks and tuning).</summary>
    public int Phases { get; private set; }

    public int AddNode() => _nodes++;

    /// <summary>Adds an arc and returns its id (for <see cref="FlowOn"/>).</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        if (cost < 0) throw new ArgumentOutOfRangeException(nameof(cost), "Costs must not be negative.");
        if ((uint)from >= (uint)_nodes) throw new ArgumentOutOfRangeException(nameof(from));
        if ((uint)to >= (uint)_nodes) throw new ArgumentOutOfRangeException(nameof(to));
        if (_arcs == _tail.Length)
        {
            var size = _arcs * 2;
            Array.Resize(ref _tail, size); Array.Resize(ref _head, size);
            Array.Resize(ref _capacity, size); Array.Resize(ref _cost, size);
        }
        (_tail[_arcs], _head[_arcs], _capacity[_arcs], _cost[_arcs]) = (from, to, capacity, cost);
        return _arcs++;
    }

    public int FlowOn(int arc) => arc < _flow.Length ? _flow[arc] : 0;

    public (int Flow, long Cost) Solve(int source, int sink)
    {
        var network = new Network(_nodes, _arcs, _tail, _head, _capacity, _cost);
        var flow = network.MaxFlow(source, sink);
        Phases = network.MinimizeCost();
        _flow = network.Flows(_arcs);
        long cost = 0;
        for (var k = 0; k < _arcs; k++) cost += _flow[k] * _cost[k];
        return (flow, cost);
    }

    /// <summary>
    /// The residual network in compressed form: node u's arcs sit at positions Start[u]..Start[u+1]
    /// in the order they were added, each with its head, residual capacity, scaled cost and the
    /// position of its reverse arc. One flat array each keeps the hot loops cache-friendly.
    /// </summary>
    private sealed class Network
    {
        private readonly int _n;
        private readonly int[] _start, _to, _reverse, _capacity, _forward;
        private readonly long[] _cost;
        private readonly long[] _price, _excess;
        private readonly int[] _current, _queue;
        private readonly int[] _rank, _bucket, _next, _previous;
        private readonly bool[] _done;
        private long[]? _distance;
        private int _queueHead, _queueCount;

        public Network(int n, int arcs, int[] tail, int[] head, int[] capacity, long[] cost)
        {
            _n = n;
            _start = new int[n + 1];
            for (var k = 0; k < arcs; k++)
            {
                _start[tail[k] + 1]++;
                _start[head[k] + 1]++;
            }
            for (var u = 0; u < n; u++) _start[u + 1] += _start[u];
            var at = _start[..n];
            var m = 2 * arcs;
            (_to, _reverse, _capacity, _cost, _forward) = (new int[m], new int[m], new int[m], new long[m], new int[arcs]);
            // Costs × (n + 1): a residual cycle has at most n arcs, so with integer costs a 1-optimal flow is optimal.
            for (var k = 0; k < arcs; k++)
            {
                var (p, q) = (at[tail[k]]++, at[head[k]]++);
                (_to[p], _capacity[p], _cost[p], _reverse[p]) = (head[k], capacity[k], cost[k] * (n + 1L), q);
                (_to[q], _capacity[q], _cost[q], _reverse[q]) = (tail[k], 0, -cost[k] * (n + 1L), p);
                _forward[k] = p;
            }
            (_price, _excess, _current, _queue) = (new long[n], new long[n], new int[n], new int[n]);
            (_rank, _bucket, _next, _previous, _done) = (new int[n], new int[n + 1], new int[n], new int[n], new bool[n]);
            Array.Fill(_rank, int.MaxValue);
            Array.Fill(_bucket, -1);
        }

        /// <summary>The flow on each added arc: what its reverse arc could send back.</summary>
        public int[] Flows(int arcs)
        {
            var flows = new int[arcs];
            for (var k = 0; k < arcs; k++) flows[k] = _capacity[_reverse[_forward[k]]];
            return flows;
        }

        public int MaxFlow(int source, int sink)
        {
            var (start, to, capacity) = (_start, _to, _capacity);
            var level = new int[_n];
            var cursor = _current;
            var path = new int[_n];
            var flow = 0;
            while (Levels(source, sink, level))
            {
                Array.Copy(start, cursor, _n);
                // Iterative DFS (a path may be long): advance along level arcs, retreat from dead ends, push the bottleneck.
                var (u, depth) = (source, 0);
                while (true)
                {
                    if (u == sink)
                    {
                        var bottleneck = int.MaxValue;
                        for (var i = 0; i < depth; i++) bottleneck = Math.Min(bottleneck, capacity[path[i]]);
                        for (var i = 0; i < depth; i++)
                        {
                            capacity[path[i]] -= bottleneck;
                            capacity[_reverse[path[i]]] += bottleneck;
                        }
                        flow += bottleneck;
                        (u, depth) = (source, 0);
                        continue;
                    }
                    var end = start[u + 1];
                    var p = cursor[u];
                    while (p < end && (capacity[p] == 0 || level[to[p]] != level[u] + 1)) p++;
                    cursor[u] = p;
                    if (p < end)
                    {
                        path[depth++] = p;
                        u = to[p];
                        continue;
                    }
                    level[u] = -1; // a dead end for the rest of this phase
                    if (depth == 0) break;
                    u = to[_reverse[path[--depth]]];
                    cursor[u]++;
                }
            }
            return flow;
        }

        private bool Levels(int source, int sink, int[] level)
        {
            var (start, to, capacity, queue) = (_start, _to, _capacity, _queue);
            Array.Fill(level, -1);
            level[source] = 0;
            var (head, tail) = (0, 0);
            queue[tail++] = source;
            while (head < tail)
            {
                var u = queue[head++];
                for (var p = start[u]; p < start[u + 1]; p++)
                {
                    var v = to[p];
                    if (capacity[p] > 0 && level[v] < 0)
                    {
                        level[v] = level[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            return level[sink] >= 0;
        }

        /// <summary>Cost scaling from the maximum flow; returns the number of refine rounds.</summary>
        public int MinimizeCost()
        {
            // Every ε-optimal flow stays a maximum flow (pushes only move flow along residual cycles).
            // With zero prices the flow is ε-optimal for ε = the most negative residual cost.
            long epsilon = 0;
            for (var p = 0; p < _to.Length; p++)
                if (_capacity[p] > 0) epsilon = Math.Max(epsilon, -_cost[p]);
            var phases = 0;
            while (epsilon > 1)
            {
                epsilon = Math.Max(1, epsilon / Alpha);
                Refine(epsilon);
                phases++;
                // Well below one cost unit (n + 1) the flow is usually optimal long before ε reaches 1: stop
                // as soon as that can be proved. Not above a quarter unit, where a cycle of four arcs (the
                // commonest kind) could still gain a unit and the check would mostly fail.
                if (epsilon > 1 && 4 * epsilon <= _n + 1 && IsOptimal(budget: 2L * _to.Length)) break;
            }
            return phases;
        }

        /// <summary>
        /// Whether the flow is optimal, proved by finding prices under which no residual arc has a negative
        /// reduced cost (then no cycle can lower the cost): Bellman–Ford, first in, first out, from the
        /// current prices. Gives up (false) after <paramref name="budget"/> arc scans, as a negative cycle
        /// would keep it going.
        /// </summary>
        private bool IsOptimal(long budget)
        {
            var (start, to, capacity, cost, price) = (_start, _to, _capacity, _cost, _price);
            var n = _n;
            var distance = _distance ??= new long[n]; // the change to each price, never positive
            var queued = _done;
            (_queueHead, _queueCount) = (0, 0);
            for (var u = 0; u < n; u++)
            {
                var pu = price[u];
                for (var p = start[u]; p < start[u + 1]; p++)
                    if (capacity[p] > 0 && cost[p] + pu - price[to[p]] < 0)
                    {
                        queued[u] = true;
                        Enqueue(u);
                        break;
                    }
            }
            var optimal = true;
            while (_queueCount > 0 && optimal)
            {
                var u = Dequeue();
                queued[u] = false;
                budget -= start[u + 1] - start[u];
                optimal = budget >= 0;
                var du = price[u] + distance[u];
                for (var p = start[u]; p < start[u + 1]; p++)
                {
                    if (capacity[p] == 0) continue;
                    var v = to[p];
                    var dv = du + cost[p] - price[v];
                    if (dv >= distance[v]) continue;
                    distance[v] = dv;
                    if (queued[v]) continue;
                    queued[v] = true;
                    Enqueue(v);
                }
            }
            Array.Clear(queued);
            Array.Clear(distance);
            return optimal;
        }

        // ε-optimal: every residual arc has reduced cost ≥ −ε. Saturate the arcs that break it, then
        // push excess along admissible arcs (reduced cost < 0) and relabel nodes that have none.
        private void Refine(long epsilon)
        {
            var (start, to, reverse, capacity, cost, price, excess, current) = (_start, _to, _reverse, _capacity, _cost, _price, _excess, _current);
            var n = _n;
            var active = 0;
            for (var u = 0; u < n; u++)
            {
                var pu = price[u];
                for (var p = start[u]; p < start[u + 1]; p++)
                {
                    if (capacity[p] == 0 || cost[p] + pu - price[to[p]] >= 0) continue;
                    var amount = capacity[p];
                    capacity[p] = 0;
                    capacity[reverse[p]] += amount;
                    excess[u] -= amount;
                    excess[to[p]] += amount;
                }
            }
            for (var u = 0; u < n; u++) if (excess[u] > 0) active++;
            if (active == 0) return;
            // No global price update here: with the prices of the last round, relabels do better at first
            // (measured), and an update after every 2n relabels keeps the long searches short.
            Array.Copy(start, current, n);
            (_queueHead, _queueCount) = (0, 0);
            for (var u = 0; u < n; u++) if (excess[u] > 0) Enqueue(u);
            var relabels = 0;
            while (_queueCount > 0)
            {
                var u = Dequeue();
                while (excess[u] > 0)
                {
                    var p = current[u];
                    if (p == start[u + 1])
                    {
                        Relabel(u, epsilon);
                        if (++relabels >= 2 * n)
                        {
                            relabels = 0;
                            UpdatePrices(epsilon);
                        }
                        continue;
                    }
                    var v = to[p];
                    if (capacity[p] > 0 && cost[p] + price[u] - price[v] < 0)
                    {
                        // Look ahead: a node without deficit and without an admissible arc would only
                        // push the flow back; lower its price first (the arc may stop being admissible).
                        if (excess[v] >= 0 && !HasAdmissible(v) && Relabel(v, epsilon))
                        {
                            relabels++;
                            continue;
                        }
                        var amount = (int)Math.Min(excess[u], capacity[p]);
                        capacity[p] -= amount;
                        capacity[reverse[p]] += amount;
                        excess[u] -= amount;
                        var wasInactive = excess[v] <= 0;
                        excess[v] += amount;
                        if (wasInactive && excess[v] > 0) Enqueue(v);
                    }
                    else current[u] = p + 1;
                }
            }
        }

        private void Enqueue(int u)
        {
            var at = _queueHead + _queueCount++;
            _queue[at >= _n ? at - _n : at] = u;
        }

        private int Dequeue()
        {
            var u = _queue[_queueHead++];
            if (_queueHead == _n) _queueHead = 0;
            _queueCount--;
            return u;
        }

        private bool HasAdmissible(int v)
        {
            var (to, capacity, cost, price) = (_to, _capacity, _cost, _price);
            var pv = price[v];
            var end = _start[v + 1];
            var p = _current[v];
            while (p < end && (capacity[p] == 0 || cost[p] + pv - price[to[p]] >= 0)) p++;
            _current[v] = p;
            return p < end;
        }

        // Lower the price so that some residual arc becomes admissible; false (and nothing changed)
        // when the node has no residual arc at all. Called only when no arc is admissible (reduced
        // costs ≥ 0), so lowering by ε is enough as soon as one arc has reduced cost below ε: stop
        // there, and the arcs before it stay inadmissible (as in OR-Tools).
        private bool Relabel(int u, long epsilon)
        {
            var (to, capacity, cost, price) = (_to, _capacity, _cost, _price);
            var (end, enough) = (_start[u + 1], price[u] - epsilon);
            var best = long.MinValue;
            for (var p = _start[u]; p < end; p++)
            {
                if (capacity[p] == 0) continue;
                var candidate = price[to[p]] - cost[p];
                if (candidate > enough)
                {
                    price[u] = enough;
                    _current[u] = p;
                    return true;
                }
                best = Math.Max(best, candidate);
            }
            if (best == long.MinValue) return false;
            price[u] = best - epsilon;
            _current[u] = _start[u];
            return true;
        }

        /// <summary>
        /// Global price update (as in CS2): lower every price by ε times the node's distance to the
        /// nearest deficit, an arc of reduced cost c counting ⌊c/ε⌋ + 1 steps. That keeps the flow
        /// ε-optimal and gives every excess an admissible path to a deficit, which spares most
        /// relabels. Dial's buckets; stops once every excess has its distance.
        /// </summary>
        private void UpdatePrices(long epsilon)
        {
            var (start, to, reverse, capacity, cost, price, excess) = (_start, _to, _reverse, _capacity, _cost, _price, _excess);
            var (rank, done, bucket, next, previous) = (_rank, _done, _bucket, _next, _previous);
            var n = _n;
            var limit = bucket.Length - 1; // farther than that counts as "not reached", which stays correct
            var waiting = 0;
            for (var u = 0; u < n; u++)
            {
                if (excess[u] > 0) waiting++;
                else if (excess[u] < 0) Insert(u, 0);
            }
            var (b, last) = (0, 0);
            for (; b <= limit && waiting > 0; b++)
                while (bucket[b] >= 0)
                {
                    var w = bucket[b];
                    Remove(w, b);
                    done[w] = true;
                    if (excess[w] > 0 && --waiting == 0) break;
                    var pw = price[w];
                    // Arcs v→w of the residual network are the reverses of w's arcs.
                    for (var p = start[w]; p < start[w + 1]; p++)
                    {
                        var v = to[p];
                        var q = reverse[p];
                        if (capacity[q] == 0 || done[v]) continue;
                        var reduced = cost[q] + price[v] - pw;
                        var d = b + (reduced < 0 ? 0 : reduced / epsilon + 1);
                        if (d >= rank[v] || d > limit) continue;
                        if (rank[v] != int.MaxValue) Remove(v, rank[v]);
                        Insert(v, (int)d);
                        last = Math.Max(last, (int)d);
                    }
                }
            // Unreached nodes all drop by the distance reached so far: no arc leads from them to a reached
            // node more cheaply, so the flow stays ε-optimal.
            var reached = Math.Min(b, limit + 1);
            for (var u = 0; u < n; u++)
            {
                price[u] -= epsilon * (done[u] ? rank[u] : reached);
                (rank[u], done[u]) = (int.MaxValue, false);
            }
            for (var d = 0; d <= last; d++) bucket[d] = -1;
            Array.Copy(start, _current, n);

            void Insert(int u, int d)
            {
                rank[u] = d;
                (previous[u], next[u]) = (-1, bucket[d]);
                if (bucket[d] >= 0) previous[bucket[d]] = u;
                bucket[d] = u;
            }

            void Remove(int u, int d)
            {
                if (previous[u] >= 0) next[previous[u]] = next[u];
                else bucket[d] = next[u];
                if (next[u] >= 0) previous[next[u]] = previous[u];
            }
        }
    }
}

