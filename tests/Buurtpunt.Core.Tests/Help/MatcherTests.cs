using Buurtpunt.Core.Help;

namespace Buurtpunt.Core.Tests.Help;

public class MatcherTests
{
    private static readonly GeoPoint Runkelen = new(50.8460, 5.1510);
    private static readonly DateOnly Thursday = new(2026, 11, 26);

    private static MatchVolunteer Volunteer(int id, HelpKind[] kinds, double km = 10, int maxRequests = 2, int active = 0, int minutesPerWeek = 240,
        string[]? languages = null, Needs canMeet = Needs.None, GeoPoint? home = null, (DateOnly, DateOnly)[]? absences = null, HelpKind[]? talents = null) =>
        new(id, kinds.ToHashSet(), [new WeeklySlot(DayOfWeek.Thursday, 9 * 60, 12 * 60), new WeeklySlot(DayOfWeek.Saturday, 10 * 60, 16 * 60)],
            home ?? Runkelen, RangeKm: km, Languages: (languages ?? ["nl"]).ToHashSet(), CanMeet: canMeet, Absences: absences,
            MaxRequests: maxRequests, ActiveRequests: active, MinutesPerWeek: minutesPerWeek, Talents: talents?.ToHashSet());

    private static MatchRequest Request(int id, HelpKind kind, int minutes = 60, DateOnly? day = null, int from = 9 * 60, int until = 12 * 60,
        string? language = null, Needs needs = Needs.None, GeoPoint? where = null, int? previous = null) =>
        new(id, kind, [new Window(day ?? Thursday, from, until)], minutes, where ?? Runkelen, 1, language, needs, previous);

    [Fact]
    public void The_range_check_agrees_with_the_distance_right_at_the_edge()
    {
        // Build skips the exact distance when a cheap bound already says "too far"; near the edge it must not guess.
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var home = new GeoPoint(50 + random.NextDouble(), 4 + random.NextDouble());
            var where = new GeoPoint(home.Latitude + (random.NextDouble() - 0.5) * 0.2, home.Longitude + (random.NextDouble() - 0.5) * 0.3);
            var km = home.KmTo(where);
            var range = random.Next(3) == 0 ? km : km * (1 + (random.NextDouble() - 0.5) * 1e-6);
            var reason = Matcher.Check(Request(1, HelpKind.Errands, where: where), Volunteer(10, [HelpKind.Errands], km: range, home: home), out var measured);
            Assert.Equal(where.KmTo(home), measured);
            Assert.Equal(where.KmTo(home) <= range, reason != NoMatchReason.NobodyInRange);
        }
    }

    [Fact]
    public void Three_requests_two_volunteers_serve_the_most_and_explain_the_rest()
    {
        var proposal = Matcher.Propose(
            [Request(1, HelpKind.Errands), Request(2, HelpKind.Ride, needs: Needs.WheelchairInCar), Request(3, HelpKind.DigitalHelp)],
            [Volunteer(10, [HelpKind.Errands, HelpKind.DigitalHelp], maxRequests: 1), Volunteer(20, [HelpKind.Ride, HelpKind.DigitalHelp], canMeet: Needs.WheelchairInCar)]);
        // Volunteer 10 can take one; 20 two. Errands only 10 can do, so 20 takes the ride and the digital help.
        Assert.Equal([(1, 10), (2, 20), (3, 20)], proposal.Pairs.Select(p => (p.RequestId, p.VolunteerId)).Order());
        Assert.Empty(proposal.Unmatched);
    }

    [Theory]
    [InlineData(HelpKind.Paperwork, null, Needs.None, 9 * 60, NoMatchReason.NobodyOffersThis)]
    [InlineData(HelpKind.Errands, "ar", Needs.None, 9 * 60, NoMatchReason.NobodySpeaksLanguage)]
    [InlineData(HelpKind.Errands, null, Needs.HeavyLifting, 9 * 60, NoMatchReason.NobodyMeetsNeeds)]
    [InlineData(HelpKind.Errands, null, Needs.None, 18 * 60, NoMatchReason.NobodyAvailable)]
    public void A_request_without_a_volunteer_says_why(HelpKind kind, string? language, Needs needs, int from, NoMatchReason reason)
    {
        var proposal = Matcher.Propose([Request(1, kind, language: language, needs: needs, from: from, until: from + 120)], [Volunteer(10, [HelpKind.Errands])]);
        Assert.Equal([new NoMatch(1, reason)], proposal.Unmatched);
    }

    [Fact]
    public void A_volunteer_who_declined_is_not_proposed_again_for_that_request()
    {
        MatchVolunteer[] volunteers = [Volunteer(10, [HelpKind.Errands]), Volunteer(20, [HelpKind.Errands], km: 10, home: new GeoPoint(50.90, 5.151))];
        var first = Matcher.Propose([Request(1, HelpKind.Errands)], volunteers);
        Assert.Equal(10, Assert.Single(first.Pairs).VolunteerId); // the nearest

        var again = Matcher.Propose([Request(1, HelpKind.Errands) with { Declined = new HashSet<int> { 10 } }], volunteers);
        Assert.Equal(20, Assert.Single(again.Pairs).VolunteerId);

        var nobody = Matcher.Propose([Request(1, HelpKind.Errands) with { Declined = new HashSet<int> { 10, 20 } }], volunteers);
        Assert.Equal([new NoMatch(1, NoMatchReason.EveryoneDeclined)], nobody.Unmatched);
        // Declining one request does not take the volunteer out of the others.
        var other = Matcher.Propose([Request(1, HelpKind.Errands) with { Declined = new HashSet<int> { 10 } }, Request(2, HelpKind.Errands)], volunteers);
        Assert.Contains(other.Pairs, p => p.RequestId == 2 && p.VolunteerId == 10);
    }

    [Fact]
    public void Far_away_absent_and_full_volunteers_are_not_proposed()
    {
        var ghent = new GeoPoint(51.0543, 3.7174);
        Assert.Equal(NoMatchReason.NobodyInRange, Matcher.Propose([Request(1, HelpKind.Errands)], [Volunteer(10, [HelpKind.Errands], home: ghent)]).Unmatched.Single().Reason);
        Assert.Equal(NoMatchReason.NobodyAvailable, Matcher.Propose([Request(1, HelpKind.Errands)],
            [Volunteer(10, [HelpKind.Errands], absences: [(Thursday.AddDays(-3), Thursday.AddDays(3))])]).Unmatched.Single().Reason);
        Assert.Equal(NoMatchReason.EveryoneFull, Matcher.Propose([Request(1, HelpKind.Errands)],
            [Volunteer(10, [HelpKind.Errands], maxRequests: 2, active: 2)]).Unmatched.Single().Reason);
        // 3 hours a week left, requests of 2 hours: one fits, never two.
        var hours = Matcher.Propose([Request(1, HelpKind.Errands, minutes: 120), Request(2, HelpKind.Errands, minutes: 120)], [Volunteer(10, [HelpKind.Errands], maxRequests: 5, minutesPerWeek: 180)]);
        Assert.Single(hours.Pairs);
    }

    [Fact]
    public void The_same_volunteer_as_before_and_a_talent_are_preferred_and_load_is_spread()
    {
        var proposal = Matcher.Propose([Request(1, HelpKind.DigitalHelp, previous: 20)],
            [Volunteer(10, [HelpKind.DigitalHelp], talents: [HelpKind.DigitalHelp]), Volunteer(20, [HelpKind.DigitalHelp])]);
        Assert.Equal(20, proposal.Pairs.Single().VolunteerId);
        Assert.True(proposal.Pairs.Single().SameAsBefore);
        var busy = Matcher.Propose([Request(1, HelpKind.DigitalHelp)], [Volunteer(10, [HelpKind.DigitalHelp], active: 1, maxRequests: 3), Volunteer(20, [HelpKind.DigitalHelp])]);
        Assert.Equal(20, busy.Pairs.Single().VolunteerId);
        // Within one round too: two equal requests, two equal volunteers with room for both — one each, whatever the order.
        MatchVolunteer[] twins = [Volunteer(10, [HelpKind.DigitalHelp], maxRequests: 3), Volunteer(20, [HelpKind.DigitalHelp], maxRequests: 3)];
        var spread = Matcher.Propose([Request(1, HelpKind.DigitalHelp), Request(2, HelpKind.DigitalHelp)], twins);
        Assert.Equal([10, 20], spread.Pairs.Select(p => p.VolunteerId).Order());
        Assert.Equal(spread.Pairs.Sum(p => p.Cost), spread.TotalCost); // no one took a second request, so no extra cost
    }

    [Theory]
    [InlineData(11, 300, 120)]
    [InlineData(12, 1000, 500)]
    [InlineData(13, 80, 300)]
    public void Random_rounds_never_break_a_limit_and_give_the_same_proposal_twice(int seed, int requestCount, int volunteerCount)
    {
        var (requests, volunteers) = RandomRound(new Random(seed), requestCount, volunteerCount);
        var proposal = Matcher.Propose(requests, volunteers);
        Assert.Equal(proposal, Matcher.Propose(requests, volunteers) with { }, new ProposalComparer());
        Assert.Equal(proposal.Pairs.Count, proposal.Pairs.Select(p => p.RequestId).Distinct().Count());
        Assert.Equal(requestCount, proposal.Pairs.Count + proposal.Unmatched.Count);
        var byId = volunteers.ToDictionary(v => v.Id);
        var requestById = requests.ToDictionary(r => r.Id);
        foreach (var pair in proposal.Pairs)
            Assert.Null(Matcher.Check(requestById[pair.RequestId], byId[pair.VolunteerId], out _)); // kind, range, needs, language, every window
        foreach (var group in proposal.Pairs.GroupBy(p => p.VolunteerId))
        {
            var volunteer = byId[group.Key];
            Assert.True(volunteer.ActiveRequests + group.Count() <= volunteer.MaxRequests);
            Assert.True(volunteer.MinutesTaken + group.Sum(p => requestById[p.RequestId].Minutes) <= volunteer.MinutesPerWeek);
        }
        Assert.True(proposal.Pairs.Count > 0);
    }

    [Theory]
    [InlineData(21, 300, 120)]
    [InlineData(22, 400, 60)]
    public void Build_finds_exactly_the_pairs_and_reasons_of_checking_every_pair(int seed, int requestCount, int volunteerCount)
    {
        // Build checks cheap conditions first once only pass or fail can still matter; every pair checked
        // one by one, in the plain order, must give the same pairs, costs, distances and reasons.
        // (No declines here: Build only meets volunteers near the request, so it cannot see far-away ones who declined.)
        var (requests, volunteers) = RandomRound(new Random(seed), requestCount, volunteerCount);
        var round = Matcher.Build(requests, volunteers);
        var expected = new List<(int, int, int, double)>();
        for (var r = 0; r < requests.Count; r++)
        {
            var stage = NoMatchReason.NobodyOffersThis;
            for (var v = 0; v < volunteers.Count; v++)
            {
                if (!volunteers[v].Kinds.Contains(requests[r].Kind)) continue;
                if (Matcher.Check(requests[r], volunteers[v], out var km) is { } failed)
                {
                    if (failed > stage) stage = failed;
                    continue;
                }
                stage = NoMatchReason.EveryoneFull;
                expected.Add((r, v, Matcher.Cost(requests[r], volunteers[v], km), km));
            }
            var offered = volunteers.Any(v => v.Kinds.Contains(requests[r].Kind));
            Assert.Equal(stage == NoMatchReason.NobodyOffersThis && offered ? NoMatchReason.NobodyInRange : stage, round.Reasons[r]);
        }
        Assert.Equal(expected, round.Arcs);
        Assert.Contains(round.Reasons, reason => reason != NoMatchReason.EveryoneFull);
    }

    internal static (List<MatchRequest>, List<MatchVolunteer>) RandomRound(Random random, int requestCount, int volunteerCount)
    {
        var kinds = Enum.GetValues<HelpKind>();
        GeoPoint Near() => new(50.80 + random.NextDouble() * 0.1, 5.10 + random.NextDouble() * 0.15);
        var monday = new DateOnly(2026, 11, 23);
        var requests = Enumerable.Range(1, requestCount).Select(id =>
        {
            var day = monday.AddDays(random.Next(7));
            var from = (8 + random.Next(10)) * 60;
            var windows = Enumerable.Range(0, random.Next(1, 4)).Select(w => new Window(day.AddDays(7 * w), from, from + 180)).ToList();
            return new MatchRequest(id, kinds[random.Next(kinds.Length)], windows, 30 * random.Next(1, 5), Near(), random.Next(1, 5),
                random.Next(10) == 0 ? "fr" : null, random.Next(8) == 0 ? Needs.WheelchairInCar : Needs.None, random.Next(10) == 0 ? random.Next(1, volunteerCount) : null);
        }).ToList();
        var volunteers = Enumerable.Range(1, volunteerCount).Select(id => new MatchVolunteer(id,
            kinds.Where(_ => random.Next(3) == 0).ToHashSet(),
            Enumerable.Range(0, random.Next(1, 4)).Select(_ => { var from = (8 + random.Next(10)) * 60; return new WeeklySlot((DayOfWeek)random.Next(7), from, from + 60 * random.Next(2, 6)); }).ToList(),
            Near(), RangeKm: random.Next(1, 15), Areas: random.Next(5) == 0 ? new HashSet<int> { random.Next(1, 5) } : null,
            Languages: random.Next(4) == 0 ? new HashSet<string> { "nl", "fr" } : new HashSet<string> { "nl" },
            CanMeet: random.Next(4) == 0 ? Needs.WheelchairInCar : Needs.None, MaxRequests: random.Next(1, 4), ActiveRequests: random.Next(0, 2),
            MinutesPerWeek: 60 * random.Next(1, 6), MinutesTaken: 30 * random.Next(0, 3), Talents: kinds.Where(_ => random.Next(6) == 0).ToHashSet())).ToList();
        return (requests, volunteers);
    }

    private sealed class ProposalComparer : IEqualityComparer<Proposal>
    {
        public bool Equals(Proposal? x, Proposal? y) => x!.TotalCost == y!.TotalCost && x.Pairs.SequenceEqual(y.Pairs) && x.Unmatched.SequenceEqual(y.Unmatched);
        public int GetHashCode(Proposal obj) => obj.TotalCost.GetHashCode();
    }
}
