using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// The demo's catalogue: Haspenhove (three villages and its centre, repeated <c>Demo:Scale</c> times)
/// and Beekdonk, with their hosts, services, points, opening hours, presences and drawn photos.
/// </summary>
internal sealed class PlacesDemo(AppDbContext db, PhotoStore photos, MunicipalClock clock) : IDemoSeed
{
    private static readonly (string Nl, string Fr, string En)[] DefaultServices =
    [
        ("Koffie en een babbel", "Café et papote", "Coffee and a chat"),
        ("Hulp met digitale vragen", "Aide numérique", "Help with digital questions"),
        ("Hulp met papieren en formulieren", "Aide administrative", "Help with paperwork"),
        ("Uw rechten verkennen", "Découvrir vos droits", "Exploring your rights"),
        ("Een melding of idee doorgeven", "Signaler un problème ou une idée", "Reporting a problem or idea"),
        ("Vuilniszakken per stuk", "Sacs poubelle à la pièce", "Garbage bags per piece"),
        ("Mobipunt: deelfietsen en deelauto", "Mobipoint : vélos et voiture partagés", "Mobipoint: shared bikes and a shared car"),
        ("Lokale markt", "Marché local", "Local market"),
    ];

    /// <summary>First: every other seed hangs on these municipalities, areas and points.</summary>
    public int Order => 0;

    public async Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var (scale, today) = (scene.Scale, scene.Today);
        var haspenhove = new Municipality
        {
            Name = "Stad Haspenhove",
            Introduction = "In elk dorp en in het centrum is er een buurtpunt: een warme plek om binnen te lopen met een vraag, voor een babbel of om samen iets op te zetten.",
            ContactEmail = "buurtpunten@haspenhove.example",
            ContactPhone = "011 00 00 00",
            Website = "https://haspenhove.example",
            MapLatitude = 50.8160, MapLongitude = 5.1900, MapZoom = 12,
            Hosts = [new() { Host = "localhost" }, new() { Host = "127.0.0.1" }],
        };
        var beekdonk = new Municipality
        {
            Name = "Gemeente Beekdonk",
            Introduction = "Het buurtpunt van Beekdonk: iedereen welkom.",
            ContactEmail = "info@beekdonk.example",
            MapLatitude = 51.0280, MapLongitude = 4.1010, MapZoom = 14,
            Hosts = [new() { Host = "tweede.localhost" }],
        };
        db.Municipalities.AddRange(haspenhove, beekdonk);
        await db.SaveChangesAsync(cancellationToken);

        var haspenhoveServices = AddServices(haspenhove.Id);
        var beekdonkServices = AddServices(beekdonk.Id);

        var areaTemplates = new[]
        {
            new AreaTemplate("Runkelen", AreaKind.Village, "Dorpspunt Runkelen", "Kerkplein 3", "3803", 50.8460, 5.1510, PointPhase.Pilot,
                PointModules.Questions | PointModules.NeighbourHelp | PointModules.Activities | PointModules.CaringNeighbourhood,
                [0, 1, 4], "Buurtwerker Jana"),
            new AreaTemplate("Zepperen", AreaKind.Village, "Dorpspunt Zepperen", "Dorpsstraat 21", "3800", 50.8360, 5.2530, PointPhase.Pilot,
                PointModules.Questions | PointModules.Activities | PointModules.Initiatives,
                [0, 1, 6], "Buurtwerker Milan"),
            new AreaTemplate("Aalst", AreaKind.Village, "Dorpspunt Aalst", "Pastorijstraat 8", "3800", 50.7800, 5.2080, PointPhase.Planned,
                PointModules.Questions | PointModules.Activities,
                [0, 7], "Vrijwilliger Rosa"),
            new AreaTemplate("Centrum", AreaKind.Neighbourhood, "Buurtpunt Centrum", "Marktplein 12", "3800", 50.8167, 5.1865, PointPhase.Active,
                PointModules.Questions | PointModules.News | PointModules.Activities | PointModules.NeighbourHelp | PointModules.Reports | PointModules.Desk | PointModules.Initiatives,
                [0, 1, 2, 3, 4, 5, 6], "Buurtwerker Jana"),
        };

        var sort = 0;
        var allAreas = new List<Area>();
        for (var copy = 1; copy <= scale; copy++)
        {
            foreach (var template in areaTemplates)
            {
                var suffix = copy == 1 ? "" : $" {copy}";
                var area = template.Build(haspenhove.Id, "Haspenhove", suffix, sort++, haspenhoveServices, today, copy);
                allAreas.Add(area);
                db.Areas.Add(area);
            }
        }
        var wijk = new AreaTemplate("Vlotgras", AreaKind.Neighbourhood, "Buurtpunt Vlotgras", "Vlotgraslaan 40", "9200", 51.0300, 4.1020, PointPhase.Active,
            PointModules.Questions | PointModules.Activities | PointModules.Desk, [0, 1, 5], "Buurtopbouwwerker Yusuf");
        db.Areas.Add(wijk.Build(beekdonk.Id, "Beekdonk", "", 0, beekdonkServices, today, 1));
        await db.SaveChangesAsync(cancellationToken);

        AddPhotos(haspenhove.Id, allAreas.Take(DemoScene.AreasPerCopy).SelectMany(a => a.Points));
        (scene.Haspenhove, scene.Beekdonk, scene.Areas) = (haspenhove, beekdonk, allAreas);
    }

    private List<Service> AddServices(int municipalityId)
    {
        var services = DefaultServices.Select((s, i) => new Service { MunicipalityId = municipalityId, NameNl = s.Nl, NameFr = s.Fr, NameEn = s.En, SortOrder = i }).ToList();
        db.Services.AddRange(services);
        return services;
    }

    private void AddPhotos(int municipalityId, IEnumerable<Point> points)
    {
        var seed = 1;
        foreach (var point in points)
        {
            var (stored, _) = photos.Save(municipalityId, DemoPictures.Building(seed++));
            if (stored is null) continue;
            db.Photos.Add(new Photo
            {
                MunicipalityId = municipalityId, PointId = point.Id, AltText = $"Tekening van het gebouw van {point.Name}",
                StorageKey = stored.Key, Width = stored.Width, Height = stored.Height, CreatedUtc = clock.UtcNow,
            });
        }
    }

    private sealed record AreaTemplate(string Name, AreaKind Kind, string PointName, string Street, string PostalCode,
        double Latitude, double Longitude, PointPhase Phase, PointModules Modules, int[] ServiceIndexes, string Worker)
    {
        public Area Build(int municipalityId, string town, string suffix, int sort, List<Service> services, DateOnly today, int copy)
        {
            var mailDomain = Core.Places.Slug.From(town) + ".example";
            var slug = Core.Places.Slug.From(Name + suffix);
            var point = new Point
            {
                MunicipalityId = municipalityId, Name = PointName + suffix, Slug = Core.Places.Slug.From(PointName + suffix),
                Description = $"{PointName} is open voor iedereen uit {Name}. Loop binnen voor een koffie, een vraag of een idee.",
                Street = Street, PostalCode = PostalCode, City = Kind == AreaKind.Village ? $"{Name} ({town})" : town,
                Latitude = Latitude + (copy - 1) * 0.0005, Longitude = Longitude, Modules = Modules,
                ContactEmail = $"{slug}@{mailDomain}", ContactPhone = "011 00 00 " + (10 + sort % 90).ToString("00"),
                Services = ServiceIndexes.Select(i => services[i]).ToList(),
                WeeklyOpenings =
                [
                    Slot(municipalityId, DayOfWeek.Tuesday, 9, 12), Slot(municipalityId, DayOfWeek.Thursday, 13, 17),
                    Slot(municipalityId, DayOfWeek.Saturday, 10, 12),
                ],
                OpeningExceptions =
                [
                    new() { MunicipalityId = municipalityId, Date = NextWeekday(today, DayOfWeek.Thursday, 2), Closed = true, Reason = "Teamdag" },
                    new() { MunicipalityId = municipalityId, Date = NextWeekday(today, DayOfWeek.Wednesday, 1), Opens = new(14, 0), Closes = new(16, 0), Reason = "Extra: hulp met belastingbrief" },
                ],
                Presences =
                [
                    new() { MunicipalityId = municipalityId, Day = DayOfWeek.Tuesday, From = new(9, 0), Until = new(12, 0), Who = Worker },
                    new() { MunicipalityId = municipalityId, Day = DayOfWeek.Thursday, From = new(13, 0), Until = new(17, 0), Who = "Vrijwilligers van het punt" },
                ],
            };
            point.MoveTo(Phase == PointPhase.Planned ? PointPhase.Planned : PointPhase.Pilot);
            if (Phase == PointPhase.Active) point.MoveTo(PointPhase.Active);
            return new Area
            {
                MunicipalityId = municipalityId, Name = Name + suffix, Slug = slug, Kind = Kind, SortOrder = sort,
                Description = Kind == AreaKind.Village ? $"Het dorp {Name}." : "Het centrum van de stad.",
                Points = [point],
            };
        }

        private static WeeklyOpeningSlot Slot(int municipalityId, DayOfWeek day, int from, int until) =>
            new() { MunicipalityId = municipalityId, Day = day, Opens = new(from, 0), Closes = new(until, 0) };

        private static DateOnly NextWeekday(DateOnly from, DayOfWeek day, int nth)
        {
            var date = from.AddDays(1);
            while (date.DayOfWeek != day) date = date.AddDays(1);
            return date.AddDays(7 * (nth - 1));
        }
    }
}
