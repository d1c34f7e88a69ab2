namespace Buurtpunt.Core.Help;

public enum HelpKind { Errands, Ride, DigitalHelp, OddJobs, Company, HouseWatch, Paperwork, Other }

/// <summary>What a request needs of the helper, beyond the kind of help.</summary>
[Flags]
public enum Needs { None = 0, WheelchairInCar = 1, HeavyLifting = 2, PetFriendly = 4 }

/// <summary>Why no volunteer was proposed for a request: the last check that left no one.</summary>
public enum NoMatchReason { NobodyOffersThis, NobodyInRange, NobodyMeetsNeeds, NobodySpeaksLanguage, NobodyAvailable, EveryoneDeclined, EveryoneFull }

/// <summary>A time the request needs help: a local date and minutes after midnight (Brussels wall clock).</summary>
public readonly record struct Window(DateOnly Date, int FromMinute, int UntilMinute);

/// <summary>A weekly time a volunteer is free, in minutes after midnight.</summary>
public readonly record struct WeeklySlot(DayOfWeek Day, int FromMinute, int UntilMinute);

public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double R = 6371.0;

    /// <summary>Great-circle distance (haversine), in kilometres.</summary>
    public double KmTo(GeoPoint other) => Km(this, CosLatitude, other, other.CosLatitude);

    internal double CosLatitude => Math.Cos(Latitude * Math.PI / 180);

    /// <summary><see cref="KmTo"/> with the cosines of the latitudes at hand (bit for bit the same result).</summary>
    internal static double Km(GeoPoint from, double cosFrom, GeoPoint to, double cosTo)
    {
        var dLat = (to.Latitude - from.Latitude) * Math.PI / 180;
        var dLon = (to.Longitude - from.Longitude) * Math.PI / 180;
        var sinLat = Math.Sin(dLat / 2);
        var sinLon = Math.Sin(dLon / 2);
        var a = sinLat * sinLat + cosFrom * cosTo * sinLon * sinLon;
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// True only when <see cref="Km"/> is surely more than <paramref name="km"/>, without trigonometry:
    /// sin x ≥ x − x³/6 and asin y ≥ y bound the distance from below; a margin far above rounding
    /// leaves every close call to the exact formula.
    /// </summary>
    internal static bool SurelyFartherThan(double latitude, double longitude, double cos, double otherLatitude, double otherLongitude, double otherCos, double km)
    {
        var halfLat = Math.Abs(otherLatitude - latitude) * Math.PI / 360;
        var halfLon = Math.Abs(otherLongitude - longitude) * Math.PI / 360;
        if (halfLat > 1 || halfLon > 1) return false; // the bound on sin only holds near zero; rare, so just compute
        var sinLat = halfLat - halfLat * halfLat * halfLat / 6;
        var sinLon = (halfLon - halfLon * halfLon * halfLon / 6) * Math.Max(0, Math.Min(cos, otherCos));
        var atLeast = 2 * R * Math.Sqrt(sinLat * sinLat + sinLon * sinLon);
        return atLeast > km * (1 + 1e-9) + 1e-9;
    }
}

/// <summary>A request for help: every window must be covered by one volunteer (a recurring request keeps the same person).</summary>
/// <remarks><paramref name="Declined"/>: volunteers who already said no to this request; they are not proposed again.</remarks>
public sealed record MatchRequest(int Id, HelpKind Kind, IReadOnlyList<Window> When, int Minutes, GeoPoint Where, int AreaId,
    string? Language = null, Needs Needs = Needs.None, int? PreviousVolunteerId = null, IReadOnlySet<int>? Declined = null);

/// <summary>
/// A volunteer as the matcher sees them: what they offer, when, how far (a radius from home, or
/// a list of areas), and how much more they can take this round.
/// </summary>
public sealed record MatchVolunteer(int Id, IReadOnlySet<HelpKind> Kinds, IReadOnlyList<WeeklySlot> Availability, GeoPoint Home,
    double RangeKm = 0, IReadOnlySet<int>? Areas = null, IReadOnlySet<string>? Languages = null, Needs CanMeet = Needs.None,
    IReadOnlyList<(DateOnly From, DateOnly Until)>? Absences = null, int MaxRequests = 2, int ActiveRequests = 0,
    int MinutesPerWeek = 180, int MinutesTaken = 0, IReadOnlySet<HelpKind>? Talents = null);

public sealed record Pair(int RequestId, int VolunteerId, int Cost, double DistanceKm, bool SameAsBefore, bool Talent);

public sealed record NoMatch(int RequestId, NoMatchReason Reason);

public sealed record Proposal(IReadOnlyList<Pair> Pairs, IReadOnlyList<NoMatch> Unmatched, long TotalCost, int FeasiblePairs);

/// <summary>
/// Proposes volunteers for all open requests of a round at once: the assignment that helps the
/// most requests and, among those, costs least — an exact min-cost max-flow
/// (requests → volunteers → sink, <see cref="MinCostFlow"/>). Feasible pairs are found first and
/// sparsely: volunteers are indexed by kind and by area or map cell, so a request only meets those
/// who offer its kind near it. A volunteer's capacity this round is the number of requests they
/// can still take that can never push them over their weekly minutes; each further request in the
/// round costs more, so the load is spread. Same input, same proposal.
/// </summary>
public static class Matcher
{
    /// <summary>Cost parts (integers, so the optimum is exact): every pair starts at <see cref="Base"/>.</summary>
    public const int Base = 100, PerKm = 10, MaxDistanceCost = 300, PerActiveRequest = 30, NoTalent = 20, SameAsBeforeBonus = 100;

    private const double CellDegrees = 0.05; // about 5.5 km north–south

    /// <summary>The feasible pairs of a round with their costs, each volunteer's capacity, and why each request could fail.</summary>
    public sealed record Round(IReadOnlyList<(int Request, int Volunteer, int Cost, double Km)> Arcs, int[] Capacities, NoMatchReason[] Reasons);

    public static Round Build(IReadOnlyList<MatchRequest> requests, IReadOnlyList<MatchVolunteer> volunteers)
    {
        var index = new Index(volunteers);
        var arcs = new List<(int Request, int Volunteer, int Cost, double Km)>();
        var reasons = new NoMatchReason[requests.Count];
        var maxMinutes = new int[volunteers.Count];
        var cosHome = new double[volunteers.Count];
        for (var v = 0; v < volunteers.Count; v++) cosHome[v] = volunteers[v].Home.CosLatitude;
        var candidates = new List<int>();
        for (var r = 0; r < requests.Count; r++)
        {
            var request = requests[r];
            var cosWhere = request.Where.CosLatitude;
            var stage = NoMatchReason.NobodyOffersThis;
            index.Candidates(request, candidates);
            foreach (var v in candidates)
            {
                var volunteer = volunteers[v];
                var km = double.NaN;
                if (request.Declined?.Contains(volunteer.Id) == true)
                {
                    if (NoMatchReason.EveryoneDeclined > stage) stage = NoMatchReason.EveryoneDeclined;
                    continue;
                }
                // Once no reason could beat the stage reached, only pass or fail counts: then the distance
                // (trigonometry) is only worked out for volunteers who suit and are not surely out of range.
                var failed = stage < NoMatchReason.NobodyAvailable
                    ? Reaches(request, cosWhere, volunteer, cosHome[v], out km) ?? Suits(request, volunteer)
                    : SurelyOutOfRange(request, cosWhere, volunteer, cosHome[v]) ? NoMatchReason.NobodyInRange
                    : Suits(request, volunteer) ?? Reaches(request, cosWhere, volunteer, cosHome[v], out km);
                if (failed is not null)
                {
                    if (failed > stage) stage = failed.Value;
                    continue;
                }
                stage = NoMatchReason.EveryoneFull;
                arcs.Add((r, v, Cost(request, volunteer, km), km));
                maxMinutes[v] = Math.Max(maxMinutes[v], request.Minutes);
            }
            // Someone offers this kind, only not near enough: say so rather than "nobody offers this".
            reasons[r] = stage == NoMatchReason.NobodyOffersThis && index.Offers(request.Kind) ? NoMatchReason.NobodyInRange : stage;
        }
        var capacities = volunteers.Select((volunteer, v) => maxMinutes[v] > 0 ? Capacity(volunteer, maxMinutes[v]) : 0).ToArray();
        return new Round(arcs, capacities, reasons);
    }

    /// <param name="round">The round of these requests and volunteers when the caller already built it (<see cref="Build"/>).</param>
    public static Proposal Propose(IReadOnlyList<MatchRequest> requests, IReadOnlyList<MatchVolunteer> volunteers, Round? round = null)
    {
        round ??= Build(requests, volunteers);
        var arcs = round.Arcs;
        var flow = new MinCostFlow();
        var source = flow.AddNode();
        var sink = flow.AddNode();
        var requestNode = new int[requests.Count];
        for (var r = 0; r < requests.Count; r++) requestNode[r] = flow.AddNode();
        var volunteerNode = new int[volunteers.Count];
        for (var v = 0; v < volunteers.Count; v++) volunteerNode[v] = flow.AddNode();
        for (var r = 0; r < requests.Count; r++) flow.AddArc(source, requestNode[r], 1, 0);
        var arcIds = new int[arcs.Count];
        for (var i = 0; i < arcs.Count; i++) arcIds[i] = flow.AddArc(requestNode[arcs[i].Request], volunteerNode[arcs[i].Volunteer], 1, arcs[i].Cost);
        for (var v = 0; v < volunteers.Count; v++)
            // Load is spread within the round too: each further request for the same volunteer costs
            // PerActiveRequest more (convex costs as unit arcs), so equal pairs go to different people.
            for (var k = 0; k < round.Capacities[v]; k++) flow.AddArc(volunteerNode[v], sink, 1, k * PerActiveRequest);
        var (_, total) = flow.Solve(source, sink);

        var pairs = new List<Pair>();
        var matched = new bool[requests.Count];
        for (var i = 0; i < arcs.Count; i++)
        {
            if (flow.FlowOn(arcIds[i]) == 0) continue;
            var (r, v, cost, km) = arcs[i];
            matched[r] = true;
            var request = requests[r];
            var volunteer = volunteers[v];
            pairs.Add(new Pair(request.Id, volunteer.Id, cost, Math.Round(km, 1), request.PreviousVolunteerId == volunteer.Id, volunteer.Talents?.Contains(request.Kind) ?? false));
        }
        var unmatched = requests.Select((request, r) => (request, r)).Where(x => !matched[x.r])
            .Select(x => new NoMatch(x.request.Id, round.Reasons[x.r])).ToList();
        return new Proposal(pairs, unmatched, total, arcs.Count);
    }

    /// <summary>
    /// How many more requests a volunteer can take this round: their free request slots, but never so
    /// many that the longest request they could get, taken that often, passes their weekly minutes.
    /// </summary>
    public static int Capacity(MatchVolunteer volunteer, int longestRequestMinutes)
    {
        var slots = volunteer.MaxRequests - volunteer.ActiveRequests;
        var byTime = longestRequestMinutes <= 0 ? slots : (volunteer.MinutesPerWeek - volunteer.MinutesTaken) / longestRequestMinutes;
        return Math.Max(0, Math.Min(slots, byTime));
    }

    /// <summary>Null when the volunteer can help with this request; otherwise the first reason why not.</summary>
    public static NoMatchReason? Check(MatchRequest request, MatchVolunteer volunteer, out double km)
    {
        if (!volunteer.Kinds.Contains(request.Kind))
        {
            km = request.Where.KmTo(volunteer.Home);
            return NoMatchReason.NobodyOffersThis;
        }
        var reason = Reaches(request, request.Where.CosLatitude, volunteer, volunteer.Home.CosLatitude, out km) ?? Suits(request, volunteer);
        if (double.IsNaN(km)) km = request.Where.KmTo(volunteer.Home);
        return reason;
    }

    // The checks after the kind (which the index already guarantees) come in two parts, in this order:
    // the range, then the rest. The distance is left out (NaN) when a cheap bound shows the volunteer is
    // out of range.
    private static NoMatchReason? Reaches(MatchRequest request, double cosWhere, MatchVolunteer volunteer, double cosHome, out double km)
    {
        km = double.NaN;
        if (SurelyOutOfRange(request, cosWhere, volunteer, cosHome)) return NoMatchReason.NobodyInRange;
        km = GeoPoint.Km(request.Where, cosWhere, volunteer.Home, cosHome);
        if (volunteer.Areas is not { Count: > 0 } && !(km <= volunteer.RangeKm)) return NoMatchReason.NobodyInRange;
        return null;
    }

    // Outside the volunteer's areas, or farther than their range by a cheap bound.
    private static bool SurelyOutOfRange(MatchRequest request, double cosWhere, MatchVolunteer volunteer, double cosHome) =>
        volunteer.Areas is { Count: > 0 } areas
            ? !areas.Contains(request.AreaId)
            : GeoPoint.SurelyFartherThan(request.Where.Latitude, request.Where.Longitude, cosWhere, volunteer.Home.Latitude, volunteer.Home.Longitude, cosHome, volunteer.RangeKm);

    private static NoMatchReason? Suits(MatchRequest request, MatchVolunteer volunteer)
    {
        if ((request.Needs & ~volunteer.CanMeet) != 0) return NoMatchReason.NobodyMeetsNeeds;
        if (request.Language is { } language && !(volunteer.Languages?.Contains(language) ?? false)) return NoMatchReason.NobodySpeaksLanguage;
        if (request.Minutes > volunteer.MinutesPerWeek - volunteer.MinutesTaken) return NoMatchReason.NobodyAvailable;
        var when = request.When;
        for (var i = 0; i < when.Count; i++)
            if (!Covers(volunteer, when[i], request.Minutes)) return NoMatchReason.NobodyAvailable;
        return null;
    }

    /// <summary>The volunteer is free, not away, for <paramref name="minutes"/> in a row inside the window.</summary>
    public static bool Covers(MatchVolunteer volunteer, Window window, int minutes)
    {
        // Index loops: no enumerator or closure per call, this runs for every candidate pair.
        if (volunteer.Absences is { } absences)
            for (var i = 0; i < absences.Count; i++)
                if (window.Date >= absences[i].From && window.Date <= absences[i].Until) return false;
        var day = window.Date.DayOfWeek;
        var availability = volunteer.Availability;
        for (var i = 0; i < availability.Count; i++)
        {
            var slot = availability[i];
            if (slot.Day != day) continue;
            var from = Math.Max(slot.FromMinute, window.FromMinute);
            var until = Math.Min(slot.UntilMinute, window.UntilMinute);
            if (until - from >= minutes) return true;
        }
        return false;
    }

    public static int Cost(MatchRequest request, MatchVolunteer volunteer, double km)
    {
        var cost = Base + Math.Min(MaxDistanceCost, (int)Math.Round(km * PerKm)) + volunteer.ActiveRequests * PerActiveRequest;
        if (!(volunteer.Talents?.Contains(request.Kind) ?? false)) cost += NoTalent;
        if (request.PreviousVolunteerId == volunteer.Id) cost -= SameAsBeforeBonus;
        return Math.Max(0, cost);
    }

    /// <summary>
    /// Volunteers by kind and area, and by kind and map cell: a volunteer with a radius is listed in
    /// every cell their radius reaches, so a request looks in its own cell only and meets just the
    /// volunteers who might reach it — never every pair.
    /// </summary>
    private sealed class Index
    {
        private readonly Dictionary<(HelpKind, int), List<int>> _byArea = [];
        private readonly Dictionary<(HelpKind, int, int), List<int>> _byCell = [];
        private readonly HashSet<HelpKind> _offered = [];

        public Index(IReadOnlyList<MatchVolunteer> volunteers)
        {
            for (var v = 0; v < volunteers.Count; v++)
            {
                var volunteer = volunteers[v];
                foreach (var kind in volunteer.Kinds)
                {
                    _offered.Add(kind);
                    if (volunteer.Areas is { Count: > 0 } areas)
                    {
                        foreach (var area in areas) Add(_byArea, (kind, area), v);
                        continue;
                    }
                    // The cells of the square around home that holds the volunteer's range (longitude cells narrow with latitude).
                    var latCells = (int)Math.Ceiling(volunteer.RangeKm / 111.0 / CellDegrees);
                    var lonCells = (int)Math.Ceiling(volunteer.RangeKm / (111.0 * Math.Max(0.1, Math.Cos(volunteer.Home.Latitude * Math.PI / 180))) / CellDegrees);
                    var (lat, lon) = (Cell(volunteer.Home.Latitude), Cell(volunteer.Home.Longitude));
                    for (var i = lat - latCells; i <= lat + latCells; i++)
                        for (var j = lon - lonCells; j <= lon + lonCells; j++)
                            Add(_byCell, (kind, i, j), v);
                }
            }
        }

        public bool Offers(HelpKind kind) => _offered.Contains(kind);

        /// <summary>Into <paramref name="found"/>: the volunteers who might help, ascending (a deterministic order).</summary>
        public void Candidates(MatchRequest request, List<int> found)
        {
            found.Clear();
            _byArea.TryGetValue((request.Kind, request.AreaId), out var inArea);
            _byCell.TryGetValue((request.Kind, Cell(request.Where.Latitude), Cell(request.Where.Longitude)), out var inCell);
            // Both lists are ascending (filled in volunteer order) and disjoint (areas or a radius): merge them.
            var (a, b) = (inArea ?? [], inCell ?? []);
            var (i, j) = (0, 0);
            while (i < a.Count || j < b.Count)
                found.Add(j == b.Count || (i < a.Count && a[i] < b[j]) ? a[i++] : b[j++]);
        }

        private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

        private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(value);
        }
    }
}
