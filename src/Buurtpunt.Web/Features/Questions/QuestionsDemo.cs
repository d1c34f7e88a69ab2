using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>
/// The demo's questions: one solved (and kept as an FAQ entry), one the worker typed in for the
/// assisted resident, one open, a municipality-wide FAQ entry, and at a larger scale three answered
/// questions per area copy (every other one solved) so search and lists have volume.
/// </summary>
internal sealed class QuestionsDemo(AppDbContext db, MunicipalClock clock) : IDemoSeed
{
    // Questions people bring to a point, with the answer a worker or neighbour gave (seed 000's counter).
    private static readonly (string Title, string Body, string Answer, QuestionCategory Category)[] ScaledQuestions =
    [
        ("Hoe vraag ik een parkeerkaart voor bewoners aan?", "Ik woon in de dorpskern en heb een auto.", "Dat kan online of aan het loket van het stadhuis. Neem uw inschrijvingsbewijs van de auto mee.", QuestionCategory.Administrative),
        ("Mijn fiets is gestolen, wat nu?", "Hij stond aan het station.", "Doe aangifte bij de politie en kijk op de website van de gevonden voorwerpen.", QuestionCategory.Neighbourhood),
        ("Hoe installeer ik itsme op mijn gsm?", "Ik heb een nieuwe smartphone.", "Kom langs met uw identiteitskaart en kaartlezer, dan doen we het samen.", QuestionCategory.Digital),
        ("Wie helpt mij met mijn belastingbrief?", "Ik begrijp de brief niet goed.", "Op woensdagnamiddag helpen vrijwilligers met de belastingaangifte.", QuestionCategory.Administrative),
        ("Heb ik recht op een sociaal tarief voor energie?", "Ik heb een leefloon.", "Waarschijnlijk wel. Het OCMW kijkt het samen met u na.", QuestionCategory.Rights),
        ("Rijdt de belbus ook op zaterdag?", "Ik wil naar de markt in het centrum.", "Ja, bel de dag voordien voor 15 uur om een rit te reserveren.", QuestionCategory.Mobility),
        ("Waar kan ik grofvuil kwijt?", "Een oude zetel en een kast.", "Op het recyclagepark, of laat het ophalen op afspraak.", QuestionCategory.Neighbourhood),
        ("Hoe maak ik een afspraak bij de dokter via de computer?", "Mijn huisarts werkt alleen nog online.", "Tijdens de digitale zitdag tonen we hoe de website van de huisarts werkt.", QuestionCategory.Digital),
        ("Is er een repair café in de buurt?", "Mijn koffiezet en broodrooster zijn stuk.", "Elke eerste zaterdag van de maand in het buurtpunt van 10 tot 13 uur.", QuestionCategory.Neighbourhood),
        ("Kan iemand mij naar het ziekenhuis brengen?", "Ik heb geen auto en de bus rijdt niet vroeg genoeg.", "Vraag burenhulp aan: een vrijwilliger rijdt met u mee.", QuestionCategory.Mobility),
        ("Waar vind ik een formulier voor de schoolpremie?", "Voor mijn twee kinderen.", "Het groeipakket betaalt de schoolbonus automatisch uit. U hoeft niets aan te vragen.", QuestionCategory.Rights),
        ("Hoe verander ik het wachtwoord van mijn e-mail?", "Ik ben het vergeten.", "Breng uw gsm mee naar de zitdag; we zetten een nieuw wachtwoord samen.", QuestionCategory.Digital),
    ];

    /// <summary>After People: residents ask, the community worker answers.</summary>
    public int Order => 20;

    public async Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var asked = AddQuestions(scene);
        var volume = AddVolume(scene);
        await db.SaveChangesAsync(cancellationToken); // a best answer refers to the answer's id
        MarkBestAnswers(asked, volume);
    }

    /// <summary>The questions of Runkelen and Zepperen, each with its area.</summary>
    private List<(Question Question, Area Area)> AddQuestions(DemoScene scene)
    {
        var (municipalityId, runkelen, zepperen) = (scene.Haspenhove.Id, scene.Areas[0], scene.Areas[1]);
        var (rik, jana, maria) = (scene.Person(DemoSeeder.ResidentEmail), scene.Person(DemoSeeder.WorkerEmail), scene.Person(DemoSeeder.AssistedName));
        var now = clock.UtcNow;
        var solved = new Question
        {
            MunicipalityId = municipalityId, PointId = runkelen.Points[0].Id, AuthorId = rik.Id, Category = QuestionCategory.Digital,
            Title = "Hoe zet ik de app van de bank op mijn nieuwe gsm?", CreatedUtc = now.AddDays(-6),
            Body = "Mijn oude gsm is kapot. Op de nieuwe vraagt de app een code die ik niet heb.",
            Answers =
            [
                new() { MunicipalityId = municipalityId, AuthorId = jana.Id, CreatedUtc = now.AddDays(-5), Body = "Kom dinsdag tussen 9 en 12 uur langs met uw bankkaart en kaartlezer. We doen het samen." },
            ],
        };
        db.Questions.Add(solved);
        db.FaqEntries.Add(new FaqEntry
        {
            MunicipalityId = municipalityId, Category = QuestionCategory.Administrative, UpdatedUtc = now,
            Question = "Waar vraag ik een nieuwe identiteitskaart aan?",
            Answer = "Maak een afspraak bij de dienst Burgerzaken in het stadhuis. Neem uw oude kaart en een pasfoto mee. Lukt het niet om te gaan? Vraag het aan de buurtwerker: we zoeken samen een oplossing.",
        });
        var bus = new Question
        {
            MunicipalityId = municipalityId, PointId = zepperen.Points[0].Id, AuthorId = maria.Id, EnteredById = jana.Id, Category = QuestionCategory.Mobility,
            Title = "Rijdt er op zondag een bus naar het ziekenhuis?", CreatedUtc = now.AddDays(-2),
            Body = "Mevrouw wil op zondag op bezoek bij haar man in het ziekenhuis en heeft geen auto.",
        };
        var playground = new Question
        {
            MunicipalityId = municipalityId, PointId = runkelen.Points[0].Id, AuthorId = rik.Id, Category = QuestionCategory.Neighbourhood,
            Title = "Wie wil mee de speeltuin opruimen?", CreatedUtc = now.AddDays(-1),
            Body = "Zaterdag om 10 uur. Handschoenen en zakken zijn er.",
        };
        db.Questions.AddRange(bus, playground);
        return [(solved, runkelen), (bus, zepperen), (playground, runkelen)];
    }

    /// <summary>Areas beyond the first four (<c>Demo:Scale</c> above 1) get answered questions, so search and lists have volume.</summary>
    private List<Question> AddVolume(DemoScene scene)
    {
        var municipalityId = scene.Haspenhove.Id;
        var (rik, jana) = (scene.Person(DemoSeeder.ResidentEmail), scene.Person(DemoSeeder.WorkerEmail));
        var now = clock.UtcNow;
        var volume = new List<Question>();
        foreach (var (area, i) in scene.Copies.Select((a, i) => (a, i)))
        {
            var point = area.Points[0];
            if ((point.Modules & PointModules.Questions) == 0) continue;
            for (var j = 0; j < 3; j++)
            {
                var (title, body, answer, category) = ScaledQuestions[(i * 3 + j) % ScaledQuestions.Length];
                var question = new Question
                {
                    MunicipalityId = municipalityId, PointId = point.Id, AuthorId = rik.Id, Category = category, Title = title, Body = body,
                    CreatedUtc = now.AddHours(-(i * 3 + j)),
                    Answers = [new() { MunicipalityId = municipalityId, AuthorId = jana.Id, Body = answer, CreatedUtc = now.AddHours(-(i * 3 + j)).AddMinutes(30) }],
                };
                db.Questions.Add(question);
                volume.Add(question);
            }
        }
        return volume;
    }

    /// <summary>An answered question of the first areas is solved and kept as an FAQ entry of its area; of the volume, every other one is solved.</summary>
    private void MarkBestAnswers(List<(Question Question, Area Area)> asked, List<Question> volume)
    {
        foreach (var (question, area) in asked.Where(a => a.Question.Answers.Count > 0))
        {
            question.BestAnswerId = question.Answers[0].Id;
            db.FaqEntries.Add(new FaqEntry
            {
                MunicipalityId = question.MunicipalityId, PointId = question.PointId, AreaId = area.Id, Category = question.Category, UpdatedUtc = clock.UtcNow,
                Question = question.Title, Answer = question.Answers[0].Body, SourceQuestionId = question.Id,
            });
        }
        foreach (var question in volume.Where(q => q.Id % 2 == 0))
            question.BestAnswerId = question.Answers[0].Id;
    }
}
