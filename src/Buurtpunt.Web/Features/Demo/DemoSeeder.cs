using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Demo;

/// <summary>
/// A living demo for an empty database: the fictional city of Haspenhove with three villages
/// and its centre, and the smaller Beekdonk on tweede.localhost. Every person, address,
/// e-mail and phone number here is invented. <c>Demo:Scale=N</c> repeats the areas N times.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, IPasswordHasher<User> hasher, PhotoStore photos, MunicipalClock clock, ILogger<DemoSeeder> logger)
{
    public const string Password = "Buurtpunt-demo-2026";
    public const string AdminEmail = "beheer@haspenhove.example";
    public const string WorkerEmail = "buurtwerker@haspenhove.example";
    public const string ResidentEmail = "bewoner@haspenhove.example";
    public const string SecondAdminEmail = "beheer@beekdonk.example";
    /// <summary>The lead (trekker) of the first village, Runkelen.</summary>
    public const string LeadEmail = "trekker@haspenhove.example";
    /// <summary>The chair of the demo call's assessment committee (an external reviewer).</summary>
    public const string JurorEmail = "jury@haspenhove.example";
    /// <summary>A resident without e-mail whose account the community worker keeps.</summary>
    public const string AssistedName = "Maria Claes";
    /// <summary>The open call for citizen initiatives in Haspenhove.</summary>
    public const string DemoCallTitle = "Kom op voor je wijk 2027";
    /// <summary>
    /// The demo staff's authenticator key (base32), given in the README so a first look needs no
    /// phone set-up. It exists only in the demo data; real staff set up their own authenticator.
    /// </summary>
    public const string StaffAuthenticatorKey = "BUURTPUNTDEMOKEYVOORPERSONEELXYZ";

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

    public async Task SeedIfEmptyAsync(int scale)
    {
        if (await db.Municipalities.IgnoreQueryFilters().AnyAsync()) return;
        scale = Math.Clamp(scale, 1, 1000);
        var today = clock.Today.ToDateOnly();

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
        await db.SaveChangesAsync();

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
        await db.SaveChangesAsync();

        AddPhotos(haspenhove.Id, allAreas.Take(4).SelectMany(a => a.Points));
        var admin = AddUser(haspenhove.Id, AdminEmail, "Els Beheerder", Role.Administrator);
        var worker = AddUser(haspenhove.Id, WorkerEmail, "Jana Buurtwerker", Role.CommunityWorker);
        var juror = AddUser(haspenhove.Id, JurorEmail, "Lotte Jurylid", Role.Reviewer);
        AddUser(haspenhove.Id, ResidentEmail, "Rik Bewoner", Role.Resident);
        AddUser(haspenhove.Id, LeadEmail, "Wim Trekker", Role.AreaLead, allAreas[0].Id);
        AddAssisted(haspenhove.Id, allAreas[1].Id, today);
        AddQuestions(haspenhove.Id, allAreas[0].Points[0].Id, allAreas[1].Points[0].Id);
        AddScaledContent(haspenhove.Id, allAreas.Skip(areaTemplates.Length).ToList());
        AddActivities(haspenhove.Id, allAreas, today);
        DemoHelp.Add(db, hasher, haspenhove.Id, allAreas, today, clock.UtcNow, Password);
        var call = AddCall(haspenhove.Id, today, [(admin, Initiatives.Panel.WorkingGroup, false), (worker, Initiatives.Panel.WorkingGroup, false), (juror, Initiatives.Panel.Committee, true)]);
        AddUser(beekdonk.Id, SecondAdminEmail, "Noor Beheerder", Role.Administrator);
        await db.SaveChangesAsync();
        await DemoInitiatives.AddAsync(db, photos, haspenhove.Id, call, allAreas, db.Users.Local.Single(u => u.Email == ResidentEmail), admin, today, clock.UtcNow);
        await MarkBestAnswersAsync();
        logger.LogInformation("Seeded the demo at scale {Scale}", scale);
    }

    /// <summary>This year's call for citizen initiatives, open for three more months, with its three tracks and forms.</summary>
    private Initiatives.Call AddCall(int municipalityId, DateOnly today, IEnumerable<(User Person, Initiatives.Panel Panel, bool Chair)> seats)
    {
        var call = Initiatives.CallSetup.NewCall(DemoCallTitle, today.AddDays(-14), today.AddMonths(3), 250_000_00, clock.UtcNow);
        DemoInitiatives.Stamp(call, municipalityId);
        db.Calls.Add(call);
        foreach (var (person, panel, chair) in seats)
            db.CallSeats.Add(new Initiatives.CallSeat { MunicipalityId = municipalityId, Call = call, PersonId = person.Id, Panel = panel, IsChair = chair });
        return call;
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

    private void AddQuestions(int municipalityId, int runkelenPoint, int zepperenPoint)
    {
        var people = db.Users.Local.ToDictionary(u => u.Email ?? u.DisplayName);
        var (rik, jana, maria) = (people[ResidentEmail], people[WorkerEmail], people[AssistedName]);
        var now = clock.UtcNow;
        var solved = new Questions.Question
        {
            MunicipalityId = municipalityId, PointId = runkelenPoint, AuthorId = rik.Id, Category = Questions.QuestionCategory.Digital,
            Title = "Hoe zet ik de app van de bank op mijn nieuwe gsm?", CreatedUtc = now.AddDays(-6),
            Body = "Mijn oude gsm is kapot. Op de nieuwe vraagt de app een code die ik niet heb.",
            Answers =
            [
                new() { MunicipalityId = municipalityId, AuthorId = jana.Id, CreatedUtc = now.AddDays(-5), Body = "Kom dinsdag tussen 9 en 12 uur langs met uw bankkaart en kaartlezer. We doen het samen." },
            ],
        };
        db.Questions.Add(solved);
        db.NewsItems.Add(new News.NewsItem
        {
            MunicipalityId = municipalityId, AreaId = db.Points.Local.Single(p => p.Id == runkelenPoint).AreaId, PointId = runkelenPoint, Pinned = true,
            AuthorId = jana.Id, PublishedUtc = now.AddDays(-3), UpdatedUtc = now,
            Title = "Repair café op zaterdag",
            Body = "Breng uw kapotte broodrooster, fiets of trui mee. **Vrijwilligers** herstellen het samen met u.\n\n- Zaterdag van 10 tot 13 uur\n- Gratis, koffie staat klaar",
        });
        db.NewsItems.Add(new News.NewsItem
        {
            MunicipalityId = municipalityId, AreaId = db.Points.Local.Single(p => p.Id == runkelenPoint).AreaId, AuthorId = jana.Id,
            PublishedUtc = now.AddDays(-10), UpdatedUtc = now,
            Title = "Nieuwe zitbanken aan de kerk",
            Body = "Op vraag van de buurt staan er nu drie zitbanken aan de kerk. Bedankt aan iedereen die meedacht.",
        });
        db.FaqEntries.Add(new Questions.FaqEntry
        {
            MunicipalityId = municipalityId, Category = Questions.QuestionCategory.Administrative, UpdatedUtc = now,
            Question = "Waar vraag ik een nieuwe identiteitskaart aan?",
            Answer = "Maak een afspraak bij de dienst Burgerzaken in het stadhuis. Neem uw oude kaart en een pasfoto mee. Lukt het niet om te gaan? Vraag het aan de buurtwerker: we zoeken samen een oplossing.",
        });
        db.Questions.Add(new Questions.Question
        {
            MunicipalityId = municipalityId, PointId = zepperenPoint, AuthorId = maria.Id, EnteredById = jana.Id, Category = Questions.QuestionCategory.Mobility,
            Title = "Rijdt er op zondag een bus naar het ziekenhuis?", CreatedUtc = now.AddDays(-2),
            Body = "Mevrouw wil op zondag op bezoek bij haar man in het ziekenhuis en heeft geen auto.",
        });
        db.Questions.Add(new Questions.Question
        {
            MunicipalityId = municipalityId, PointId = runkelenPoint, AuthorId = rik.Id, Category = Questions.QuestionCategory.Neighbourhood,
            Title = "Wie wil mee de speeltuin opruimen?", CreatedUtc = now.AddDays(-1),
            Body = "Zaterdag om 10 uur. Handschoenen en zakken zijn er.",
        });
    }

    // Questions people bring to a point, with the answer a worker or neighbour gave (seed 000's counter).
    private static readonly (string Title, string Body, string Answer, Questions.QuestionCategory Category)[] ScaledQuestions =
    [
        ("Hoe vraag ik een parkeerkaart voor bewoners aan?", "Ik woon in de dorpskern en heb een auto.", "Dat kan online of aan het loket van het stadhuis. Neem uw inschrijvingsbewijs van de auto mee.", Questions.QuestionCategory.Administrative),
        ("Mijn fiets is gestolen, wat nu?", "Hij stond aan het station.", "Doe aangifte bij de politie en kijk op de website van de gevonden voorwerpen.", Questions.QuestionCategory.Neighbourhood),
        ("Hoe installeer ik itsme op mijn gsm?", "Ik heb een nieuwe smartphone.", "Kom langs met uw identiteitskaart en kaartlezer, dan doen we het samen.", Questions.QuestionCategory.Digital),
        ("Wie helpt mij met mijn belastingbrief?", "Ik begrijp de brief niet goed.", "Op woensdagnamiddag helpen vrijwilligers met de belastingaangifte.", Questions.QuestionCategory.Administrative),
        ("Heb ik recht op een sociaal tarief voor energie?", "Ik heb een leefloon.", "Waarschijnlijk wel. Het OCMW kijkt het samen met u na.", Questions.QuestionCategory.Rights),
        ("Rijdt de belbus ook op zaterdag?", "Ik wil naar de markt in het centrum.", "Ja, bel de dag voordien voor 15 uur om een rit te reserveren.", Questions.QuestionCategory.Mobility),
        ("Waar kan ik grofvuil kwijt?", "Een oude zetel en een kast.", "Op het recyclagepark, of laat het ophalen op afspraak.", Questions.QuestionCategory.Neighbourhood),
        ("Hoe maak ik een afspraak bij de dokter via de computer?", "Mijn huisarts werkt alleen nog online.", "Tijdens de digitale zitdag tonen we hoe de website van de huisarts werkt.", Questions.QuestionCategory.Digital),
        ("Is er een repair café in de buurt?", "Mijn koffiezet en broodrooster zijn stuk.", "Elke eerste zaterdag van de maand in het buurtpunt van 10 tot 13 uur.", Questions.QuestionCategory.Neighbourhood),
        ("Kan iemand mij naar het ziekenhuis brengen?", "Ik heb geen auto en de bus rijdt niet vroeg genoeg.", "Vraag burenhulp aan: een vrijwilliger rijdt met u mee.", Questions.QuestionCategory.Mobility),
        ("Waar vind ik een formulier voor de schoolpremie?", "Voor mijn twee kinderen.", "Het groeipakket betaalt de schoolbonus automatisch uit. U hoeft niets aan te vragen.", Questions.QuestionCategory.Rights),
        ("Hoe verander ik het wachtwoord van mijn e-mail?", "Ik ben het vergeten.", "Breng uw gsm mee naar de zitdag; we zetten een nieuw wachtwoord samen.", Questions.QuestionCategory.Digital),
    ];

    private static readonly (string Title, string Body)[] ScaledNews =
    [
        ("Buurtfeest op het plein", "Zaterdag is er een **buurtfeest** met muziek, soep en spelletjes voor de kinderen. Iedereen welkom."),
        ("Zitdag digitale hulp", "Elke dinsdag helpen vrijwilligers met uw gsm, laptop of tablet. Breng uw toestel en wachtwoorden mee."),
        ("Nieuwe fietsenstalling aan de kerk", "Er staan nu twintig overdekte plaatsen voor fietsen aan de kerk."),
        ("Wandeling met de buren", "Op zondag wandelen we samen door het dorp. Vertrek om 14 uur aan het buurtpunt."),
    ];

    /// <summary>A week of a village: the coffee morning, the repair café, a workshop, a chat, a clean-up (each area copy gets them).</summary>
    private void AddActivities(int municipalityId, List<Area> areas, DateOnly today)
    {
        var now = clock.UtcNow;
        var jana = db.Users.Local.Single(u => u.Email == WorkerEmail);
        DateOnly Next(DayOfWeek day) { var d = today.AddDays(1); while (d.DayOfWeek != day) d = d.AddDays(1); return d; }
        for (var i = 0; i < areas.Count; i++)
        {
            var (area, point) = (areas[i], areas[i].Points[0]);
            var village = area.Name;
            var activities = (i % 4) switch
            {
                0 => new List<Activities.Activity>
                {
                    new() { Organiser = "", Title = "Koffiemoment", Kind = Activities.ActivityKind.Meeting, Audience = Activities.Audience.Everyone, LowThreshold = true, WheelchairAccessible = true,
                        Description = "Iedereen is welkom voor een tas koffie en een babbel. Er is altijd iemand om u verder te helpen met een vraag.",
                        StartTime = new(9, 30), DurationMinutes = 120, Frequency = Core.Activities.Frequency.Weekly, FirstDate = Next(DayOfWeek.Tuesday), UntilDate = today.AddMonths(4) },
                    new() { Organiser = "", Title = "Repair café", Kind = Activities.ActivityKind.RepairCafe, Audience = Activities.Audience.Everyone, LowThreshold = true, WheelchairAccessible = true,
                        Description = "Vrijwilligers herstellen samen met u kapotte toestellen, fietsen en kleren. **Schrijf u in**: de herstellers hebben maar beperkt tijd.",
                        WhatToBring = "Het kapotte toestel en eventueel onderdelen", TakesRegistrations = true, Capacity = 8, RegistrationClosesHoursBefore = 12,
                        StartTime = new(10, 0), DurationMinutes = 180, Frequency = Core.Activities.Frequency.Monthly, WeekOfMonth = 1, FirstDate = Next(DayOfWeek.Saturday), UntilDate = today.AddMonths(6) },
                },
                1 => [new() { Organiser = "", Title = "Kookworkshop: soep van het seizoen", Kind = Activities.ActivityKind.Workshop, Audience = Activities.Audience.Everyone, LowThreshold = true,
                        Description = "We koken samen soep met groenten van de lokale markt en eten ze daarna op.", PriceCents = 500, WhatToBring = "Een schort en een potje om soep mee te nemen",
                        TakesRegistrations = true, Capacity = 12, RegistrationClosesHoursBefore = 24, StartTime = new(14, 0), DurationMinutes = 150,
                        Frequency = Core.Activities.Frequency.Once, FirstDate = Next(DayOfWeek.Wednesday) }],
                2 => [new() { Organiser = "", Title = "Wandeling met de buren", Kind = Activities.ActivityKind.Sport, Audience = Activities.Audience.Seniors, LowThreshold = true,
                        Description = "Een rustige wandeling van een uur door het dorp, met een drankje achteraf.", StartTime = new(14, 0), DurationMinutes = 90,
                        Frequency = Core.Activities.Frequency.Weekly, Interval = 2, FirstDate = Next(DayOfWeek.Friday), UntilDate = today.AddMonths(3) }],
                _ => [
                    new() { Organiser = "", Title = "Buurtbabbel", Kind = Activities.ActivityKind.Meeting, Audience = Activities.Audience.Everyone, LowThreshold = true, WheelchairAccessible = true,
                        Description = "Wat leeft er in de buurt? Kom vertellen wat beter kan en wat u zelf wilt doen.", StartTime = new(19, 0), DurationMinutes = 90,
                        Frequency = Core.Activities.Frequency.Weekly, Interval = 2, FirstDate = Next(DayOfWeek.Thursday), UntilDate = today.AddMonths(3) },
                    new() { Organiser = "", Title = "Opruimactie in de speeltuin", Kind = Activities.ActivityKind.CleanUp, Audience = Activities.Audience.Everyone, PointId = null, Place = "Speeltuin Molenstraat",
                        Description = "Samen maken we de speeltuin proper. Handschoenen, grijpers en zakken zijn er.", TakesRegistrations = true, Capacity = 20,
                        StartTime = new(10, 0), DurationMinutes = 120, Frequency = Core.Activities.Frequency.Once, FirstDate = Next(DayOfWeek.Saturday) },
                ],
            };
            foreach (var activity in activities)
            {
                activity.MunicipalityId = municipalityId;
                activity.AreaId = area.Id;
                if (activity.Place is null) activity.PointId = point.Id;
                activity.Organiser = activity.Kind == Activities.ActivityKind.RepairCafe ? $"Repair café {village}" : point.Name;
                activity.OrganiserId = jana.Id;
                (activity.CreatedUtc, activity.UpdatedUtc) = (now, now);
                Activities.Schedule.Apply(activity, now, new HashSet<int>(), "");
                db.Activities.Add(activity);
            }
        }
    }

    private readonly HashSet<Questions.Question> _scaledQuestions = [];

    /// <summary>Areas beyond the first four (Demo:Scale above 1) get questions, answers and news, so search and lists have volume.</summary>
    private void AddScaledContent(int municipalityId, List<Area> areas)
    {
        var people = db.Users.Local.ToDictionary(u => u.Email ?? u.DisplayName);
        var (rik, jana) = (people[ResidentEmail], people[WorkerEmail]);
        var now = clock.UtcNow;
        for (var i = 0; i < areas.Count; i++)
        {
            var point = areas[i].Points[0];
            if ((point.Modules & PointModules.Questions) != 0)
            {
                for (var j = 0; j < 3; j++)
                {
                    var (title, body, answer, category) = ScaledQuestions[(i * 3 + j) % ScaledQuestions.Length];
                    var question = new Questions.Question
                    {
                        MunicipalityId = municipalityId, PointId = point.Id, AuthorId = rik.Id, Category = category, Title = title, Body = body,
                        CreatedUtc = now.AddHours(-(i * 3 + j)),
                        Answers = [new() { MunicipalityId = municipalityId, AuthorId = jana.Id, Body = answer, CreatedUtc = now.AddHours(-(i * 3 + j)).AddMinutes(30) }],
                    };
                    db.Questions.Add(question);
                    _scaledQuestions.Add(question);
                }
            }
            var (newsTitle, newsBody) = ScaledNews[i % ScaledNews.Length];
            db.NewsItems.Add(new News.NewsItem
            {
                MunicipalityId = municipalityId, AreaId = areas[i].Id, AuthorId = jana.Id, PublishedUtc = now.AddDays(-(i % 20)), UpdatedUtc = now,
                Title = newsTitle, Body = newsBody,
            });
        }
    }

    private async Task MarkBestAnswersAsync()
    {
        foreach (var question in db.Questions.Local.Where(q => q.Answers.Count > 0))
        {
            // Of the volume questions, every other one is solved; none becomes an FAQ entry.
            if (_scaledQuestions.Contains(question))
            {
                if (question.Id % 2 == 0) question.BestAnswerId = question.Answers[0].Id;
                continue;
            }
            question.BestAnswerId = question.Answers[0].Id;
            db.FaqEntries.Add(new Questions.FaqEntry
            {
                MunicipalityId = question.MunicipalityId, PointId = question.PointId, Category = question.Category, UpdatedUtc = clock.UtcNow,
                AreaId = db.Points.Local.Single(p => p.Id == question.PointId).AreaId,
                Question = question.Title, Answer = question.Answers[0].Body, SourceQuestionId = question.Id,
            });
        }
        await db.SaveChangesAsync();
    }

    private void AddAssisted(int municipalityId, int areaId, DateOnly today)
    {
        var worker = db.Users.Local.Single(u => u.Email == WorkerEmail);
        var id = Guid.NewGuid();
        var resident = new User
        {
            Id = id, MunicipalityId = municipalityId, DisplayName = AssistedName, AreaId = areaId, Assisted = true,
            UserName = $"assisted:{id:N}", NormalizedUserName = $"ASSISTED:{id:N}", SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            PhoneNumber = "011 00 00 99", PostalAddress = "Kerkstraat 1\n3800 Zepperen",
        };
        resident.Roles.Add(new RoleGrant { MunicipalityId = municipalityId, Role = Role.Resident, GrantedUtc = clock.UtcNow });
        db.Users.Add(resident);
        db.Consents.Add(new Consent
        {
            MunicipalityId = municipalityId, UserId = id, Scopes = ConsentScope.Account | ConsentScope.ActOnBehalf | ConsentScope.Contact,
            Method = ConsentMethod.SignedSlip, GivenOn = today.AddDays(-7), RecordedById = worker.Id, RecordedByName = worker.DisplayName, RecordedUtc = clock.UtcNow,
        });
    }

    private User AddUser(int municipalityId, string email, string name, Role role, int? areaId = null)
    {
        var user = new User
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, DisplayName = name,
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        };
        user.PasswordHash = hasher.HashPassword(user, Password);
        user.Roles.Add(new RoleGrant { MunicipalityId = municipalityId, Role = role, AreaId = areaId, GrantedUtc = clock.UtcNow });
        db.Users.Add(user);
        if (Roles.IsStaff(role))
        {
            // Staff sign in in two steps; the demo gives them a known authenticator key.
            user.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = StaffAuthenticatorKey });
        }
        return user;
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
