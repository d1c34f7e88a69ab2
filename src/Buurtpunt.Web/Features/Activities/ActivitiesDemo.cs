using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>A week of a village for the demo: the coffee morning, the repair café, a workshop, a walk, a chat, a clean-up (each area copy gets them).</summary>
internal sealed class ActivitiesDemo(AppDbContext db, MunicipalClock clock) : IDemoSeed
{
    /// <summary>After People: the community worker organises them at the areas' points.</summary>
    public int Order => 40;

    public Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var (municipalityId, areas, today, jana) = (scene.Haspenhove.Id, scene.Areas, scene.Today, scene.Person(DemoSeeder.WorkerEmail));
        DateOnly Next(DayOfWeek day) { var d = today.AddDays(1); while (d.DayOfWeek != day) d = d.AddDays(1); return d; }
        for (var i = 0; i < areas.Count; i++)
        {
            var (area, point) = (areas[i], areas[i].Points[0]);
            var village = area.Name;
            var activities = (i % 4) switch
            {
                0 => new List<Activity>
                {
                    new() { Organiser = "", Title = "Koffiemoment", Kind = ActivityKind.Meeting, Audience = Audience.Everyone, LowThreshold = true, WheelchairAccessible = true,
                        Description = "Iedereen is welkom voor een tas koffie en een babbel. Er is altijd iemand om u verder te helpen met een vraag.",
                        StartTime = new(9, 30), DurationMinutes = 120, Frequency = Core.Activities.Frequency.Weekly, FirstDate = Next(DayOfWeek.Tuesday), UntilDate = today.AddMonths(4) },
                    new() { Organiser = "", Title = "Repair café", Kind = ActivityKind.RepairCafe, Audience = Audience.Everyone, LowThreshold = true, WheelchairAccessible = true,
                        Description = "Vrijwilligers herstellen samen met u kapotte toestellen, fietsen en kleren. **Schrijf u in**: de herstellers hebben maar beperkt tijd.",
                        WhatToBring = "Het kapotte toestel en eventueel onderdelen", TakesRegistrations = true, Capacity = 8, RegistrationClosesHoursBefore = 12,
                        StartTime = new(10, 0), DurationMinutes = 180, Frequency = Core.Activities.Frequency.Monthly, WeekOfMonth = 1, FirstDate = Next(DayOfWeek.Saturday), UntilDate = today.AddMonths(6) },
                },
                1 => [new() { Organiser = "", Title = "Kookworkshop: soep van het seizoen", Kind = ActivityKind.Workshop, Audience = Audience.Everyone, LowThreshold = true,
                        Description = "We koken samen soep met groenten van de lokale markt en eten ze daarna op.", PriceCents = 500, WhatToBring = "Een schort en een potje om soep mee te nemen",
                        TakesRegistrations = true, Capacity = 12, RegistrationClosesHoursBefore = 24, StartTime = new(14, 0), DurationMinutes = 150,
                        Frequency = Core.Activities.Frequency.Once, FirstDate = Next(DayOfWeek.Wednesday) }],
                2 => [new() { Organiser = "", Title = "Wandeling met de buren", Kind = ActivityKind.Sport, Audience = Audience.Seniors, LowThreshold = true,
                        Description = "Een rustige wandeling van een uur door het dorp, met een drankje achteraf.", StartTime = new(14, 0), DurationMinutes = 90,
                        Frequency = Core.Activities.Frequency.Weekly, Interval = 2, FirstDate = Next(DayOfWeek.Friday), UntilDate = today.AddMonths(3) }],
                _ => [
                    new() { Organiser = "", Title = "Buurtbabbel", Kind = ActivityKind.Meeting, Audience = Audience.Everyone, LowThreshold = true, WheelchairAccessible = true,
                        Description = "Wat leeft er in de buurt? Kom vertellen wat beter kan en wat u zelf wilt doen.", StartTime = new(19, 0), DurationMinutes = 90,
                        Frequency = Core.Activities.Frequency.Weekly, Interval = 2, FirstDate = Next(DayOfWeek.Thursday), UntilDate = today.AddMonths(3) },
                    new() { Organiser = "", Title = "Opruimactie in de speeltuin", Kind = ActivityKind.CleanUp, Audience = Audience.Everyone, PointId = null, Place = "Speeltuin Molenstraat",
                        Description = "Samen maken we de speeltuin proper. Handschoenen, grijpers en zakken zijn er.", TakesRegistrations = true, Capacity = 20,
                        StartTime = new(10, 0), DurationMinutes = 120, Frequency = Core.Activities.Frequency.Once, FirstDate = Next(DayOfWeek.Saturday) },
                ],
            };
            foreach (var activity in activities)
            {
                activity.MunicipalityId = municipalityId;
                activity.AreaId = area.Id;
                if (activity.Place is null) activity.PointId = point.Id;
                activity.Organiser = activity.Kind == ActivityKind.RepairCafe ? $"Repair café {village}" : point.Name;
                activity.OrganiserId = jana.Id;
                (activity.CreatedUtc, activity.UpdatedUtc) = (now, now);
                Schedule.Apply(activity, now, new HashSet<int>(), "");
                db.Activities.Add(activity);
            }
        }
        return Task.CompletedTask;
    }
}
