using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Identity;

namespace Buurtpunt.Web.Features.Help;

/// <summary>
/// Neighbour help for the demo, in Centrum and every fourth area copy: three volunteers (one who
/// can sign in), four open requests the matcher can work on, and one request done and thanked so
/// the history and figures are not empty. Volunteers reach 2 km, so each copy matches on its own.
/// </summary>
internal sealed class HelpDemo(AppDbContext db, IPasswordHasher<User> hasher, MunicipalClock clock) : IDemoSeed
{
    public const string VolunteerEmail = "vrijwilliger@haspenhove.example";

    private static readonly (string Name, HelpKind[] Kinds, int[] Slots, Needs CanMeet)[] Helpers =
    [
        ("Vera Peeters", [HelpKind.Errands, HelpKind.DigitalHelp, HelpKind.Company], [3, 4, 9, 10], Needs.None),
        ("Wout Jacobs", [HelpKind.Ride, HelpKind.OddJobs, HelpKind.Errands], [1, 7, 9, 13], Needs.WheelchairInCar | Needs.HeavyLifting),
        ("Samira El Amrani", [HelpKind.DigitalHelp, HelpKind.Paperwork, HelpKind.Company], [4, 10, 16], Needs.None),
    ];

    /// <summary>Asked on weekdays that fit the volunteers' grids, except the Friday ride: no one is free then, and the matcher says so.</summary>
    private static readonly (string Asker, HelpKind Kind, string Text, DayOfWeek Day, int From, int Until, int Weeks, Needs Needs)[] Asked =
    [
        ("Jozef Vandeput", HelpKind.Errands, "Boodschappen bij de supermarkt: ik kan niet ver stappen.", DayOfWeek.Thursday, 9, 12, 1, Needs.None),
        ("Godelieve Smets", HelpKind.DigitalHelp, "Hulp met itsme op mijn nieuwe gsm.", DayOfWeek.Tuesday, 13, 17, 1, Needs.None),
        ("Marcel Wouters", HelpKind.Ride, "Naar de kinesist en terug, elke week.", DayOfWeek.Friday, 9, 12, 4, Needs.WheelchairInCar),
        ("Lucienne Janssens", HelpKind.Paperwork, "Mijn aanslagbiljet begrijpen.", DayOfWeek.Saturday, 13, 17, 1, Needs.None),
    ];

    /// <summary>After People: the community worker approved the volunteers and entered a request.</summary>
    public int Order => 50;

    public Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var (municipalityId, areas, today, now) = (scene.Haspenhove.Id, scene.Areas, scene.Today, clock.UtcNow);
        var worker = scene.Person(DemoSeeder.WorkerEmail);
        for (var i = 3; i < areas.Count; i += 4)
        {
            var area = areas[i];
            var suffix = i == 3 ? "" : $"-{i}";
            var volunteers = new List<Volunteer>();
            for (var h = 0; h < Helpers.Length; h++)
            {
                var (name, kinds, slots, canMeet) = Helpers[h];
                var email = h == 0 && i == 3 ? VolunteerEmail : $"vrijwilliger{h}{suffix}@haspenhove.example";
                var user = Person(municipalityId, name, email, area.Id, now);
                // One volunteer signs in with the demo password; hashing hundreds would slow the large demos down.
                if (email == VolunteerEmail) user.PasswordHash = hasher.HashPassword(user, DemoSeeder.Password);
                db.Users.Add(user);
                var volunteer = new Volunteer
                {
                    MunicipalityId = municipalityId, UserId = user.Id, AreaId = area.Id, Kinds = [.. kinds], Talents = [kinds[0]], Languages = h == 2 ? ["nl", "fr", "ar"] : ["nl"],
                    Slots = [.. slots], CanMeet = canMeet, RangeKm = 2, Travel = h == 1 ? Travel.Car : Travel.Bike, MaxRequests = 2, HoursPerWeek = 4,
                    ApprovedUtc = now.AddDays(-30), ApprovedById = worker.Id, UpdatedUtc = now.AddDays(-30),
                };
                volunteers.Add(volunteer);
                db.Volunteers.Add(volunteer);
            }
            foreach (var (asker, kind, text, day, from, until, weeks, needs) in Asked)
            {
                var date = today.AddDays(1);
                while (date.DayOfWeek != day) date = date.AddDays(1);
                var ahead = date.DayNumber - today.DayNumber;
                var person = Person(municipalityId, asker, EmailOf(asker, suffix), area.Id, now);
                db.Users.Add(person);
                db.HelpRequests.Add(new HelpRequest
                {
                    MunicipalityId = municipalityId, AreaId = area.Id, RequesterId = person.Id, Kind = kind, Description = text,
                    Address = $"Stationsstraat {10 + ahead}{suffix}", Phone = $"011 12 34 {50 + ahead}", Date = date,
                    From = new TimeOnly(from, 0), Until = new TimeOnly(until, 0), Minutes = 60, RepeatWeeks = weeks, Language = "nl", Needs = needs,
                    Status = HelpStatus.Open, CreatedUtc = now.AddDays(-ahead), StatusChangedUtc = now.AddDays(-ahead),
                });
            }
            // Last week: Vera did someone's shopping and was thanked.
            var helped = Person(municipalityId, "Irène Claes", EmailOf("Irène Claes", suffix), area.Id, now);
            db.Users.Add(helped);
            var done = new HelpRequest
            {
                MunicipalityId = municipalityId, AreaId = area.Id, RequesterId = helped.Id, EnteredById = worker.Id, Kind = HelpKind.Errands,
                Description = "Boodschappen na mijn val.", Address = $"Kerkstraat 2{suffix}", Date = today.AddDays(-6), From = new TimeOnly(9, 0), Until = new TimeOnly(12, 0),
                Minutes = 90, Status = HelpStatus.Done, CreatedUtc = now.AddDays(-9), StatusChangedUtc = now.AddDays(-5), Outcome = "Goed verlopen.",
            };
            db.HelpRequests.Add(done);
            db.HelpMatches.Add(new HelpMatch
            {
                MunicipalityId = municipalityId, Request = done, Volunteer = volunteers[0], Status = MatchStatus.Done, Minutes = 90, DistanceKm = 0.4,
                ProposedUtc = now.AddDays(-8), ProposedById = worker.Id, AnsweredUtc = now.AddDays(-7), Thanks = "Merci Vera, u bent een schat!", ThankedUtc = now.AddDays(-4),
            });
            db.HelpEvents.AddRange(
                new HelpEvent { MunicipalityId = municipalityId, Request = done, Step = HelpStep.Propose, Status = HelpStatus.Proposed, AtUtc = now.AddDays(-8), ById = worker.Id },
                new HelpEvent { MunicipalityId = municipalityId, Request = done, Step = HelpStep.Accept, Status = HelpStatus.Accepted, AtUtc = now.AddDays(-7), ById = volunteers[0].UserId },
                new HelpEvent { MunicipalityId = municipalityId, Request = done, Step = HelpStep.Done, Status = HelpStatus.Done, AtUtc = now.AddDays(-5), ById = worker.Id, Note = "Goed verlopen." });
        }
        return Task.CompletedTask;
    }

    /// <summary>A resident in the demo, with an e-mail address and no password (they sign in with a link).</summary>
    private static User Person(int municipalityId, string name, string email, int areaId, DateTime now) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = municipalityId, DisplayName = name, AreaId = areaId,
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
        SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        Roles = [new RoleGrant { MunicipalityId = municipalityId, Role = Role.Resident, GrantedUtc = now }],
    };

    private static string EmailOf(string name, string suffix) =>
        $"{Core.Places.Slug.From(name).Replace("-", ".")}{suffix}@haspenhove.example";
}
