using Buurtpunt.Core.Forms;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Shared.Forms;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// A new call starts with the three tracks of "Kom op voor je wijk", each with a short application
/// form in plain language that the administrator can change in the form builder. The defaults ask
/// as little as the track needs: joining asks for almost nothing.
/// </summary>
public static class CallSetup
{
    public static readonly IReadOnlyDictionary<TrackKind, long> DefaultMaxCents = new Dictionary<TrackKind, long>
    {
        [TrackKind.Join] = 1_500_00, [TrackKind.Experiment] = 5_000_00, [TrackKind.Create] = 18_600_00,
    };

    public static Call NewCall(string title, DateOnly opensOn, DateOnly closesOn, long budgetCents, DateTime now) => new()
    {
        Title = title, OpensOn = opensOn, ClosesOn = closesOn, BudgetCents = budgetCents, CreatedUtc = now, SupportThreshold = 5,
        Intro = "Heeft u een idee om het leven in uw buurt beter te maken? Vraag steun aan. De stad helpt met advies, materiaal en geld.",
        Eligibility = "Iedereen die in de gemeente woont, alleen of met buren. Het project gebeurt in de buurt en staat open voor alle buren.",
        Tracks = [.. Enum.GetValues<TrackKind>().Select(kind => new Track
        {
            Kind = kind, MaxAmountCents = DefaultMaxCents[kind], Offered = true,
            Questionnaire = new Questionnaire { Title = $"{title}: {Names[kind]}", CreatedUtc = now, Questions = Questions(kind, DefaultMaxCents[kind]) },
            EvaluationQuestionnaire = kind == TrackKind.Experiment
                ? new Questionnaire { Title = $"{title}: evaluatie van het experiment", CreatedUtc = now, Questions = EvaluationQuestions() }
                : null,
        })],
        Criteria = [.. DefaultCriteria.Select((name, i) => new Criterion { Name = name, Position = i + 1 })],
        Offers = [.. DefaultOffers.Select((offer, i) => new Offer { Name = offer.Name, Description = offer.Description, ValueCents = offer.ValueCents, Position = i + 1 })],
    };

    /// <summary>The join track's catalogue to start from; the join form's first question lists the same names.</summary>
    public static readonly IReadOnlyList<(string Name, string Description, long ValueCents)> DefaultOffers =
    [
        ("Straatfeestpakket", "Tafels, banken, een tent en een kar om alles te brengen, voor één dag.", 250_00),
        ("Gevelbank", "Een houten bank tegen uw gevel, om buiten samen te zitten.", 450_00),
        ("Plantenbakken", "Drie grote bakken met aarde en planten voor de straat.", 300_00),
        ("Spelkoffer", "Een koffer met spelen voor buiten, om uit te lenen in de straat.", 150_00),
        ("Boekentil", "Een kastje voor boeken om te ruilen, aan uw huis of in de straat.", 350_00),
    ];

    /// <summary>What Leuven's committee looks at; the administrator can change them per call.</summary>
    public static readonly IReadOnlyList<string> DefaultCriteria =
        ["Betrokkenheid van de buurt", "Haalbaarheid", "Bereik: wie heeft er iets aan?", "Duurzaamheid: blijft er iets van over?"];

    private static readonly IReadOnlyDictionary<TrackKind, string> Names = new Dictionary<TrackKind, string>
    {
        [TrackKind.Join] = "meedoen", [TrackKind.Experiment] = "experimenteren", [TrackKind.Create] = "zelf creëren",
    };

    /// <summary>What an experiment looks back on at the end of its trial: short, and useful to the next neighbours who try it.</summary>
    private static List<FormQuestion> EvaluationQuestions()
    {
        var position = 0;
        FormQuestion Q(QuestionKind type, string label, bool required = true, List<string>? options = null) =>
            new() { Position = ++position, Kind = type, Label = label, Required = required, Options = options ?? [], Min = type == QuestionKind.WholeNumber ? 0 : null };
        return
        [
            Q(QuestionKind.LongText, "Wat ging goed?"),
            Q(QuestionKind.LongText, "Wat liep anders dan gedacht?"),
            Q(QuestionKind.WholeNumber, "Hoeveel mensen deden mee of hadden er iets aan?"),
            Q(QuestionKind.Choice, "Gaat u verder?", options: ["Ja, zoals het nu is", "Ja, met aanpassingen", "Nee"]),
            Q(QuestionKind.LongText, "Wat geeft u mee aan buren die iets gelijkaardigs willen doen?", required: false),
            Q(QuestionKind.File, "Een foto of verslag", required: false),
        ];
    }

    private static List<FormQuestion> Questions(TrackKind kind, long maxCents)
    {
        var position = 0;
        FormQuestion Q(QuestionKind type, string label, bool required = true, string? help = null, List<string>? options = null, decimal? min = null, decimal? max = null) =>
            new() { Position = ++position, Kind = type, Label = label, Required = required, Help = help, Options = options ?? [], Min = min, Max = max };
        return kind switch
        {
            TrackKind.Join =>
            [
                Q(QuestionKind.Choice, "Wat kiest u?", options: [.. DefaultOffers.Select(o => o.Name)]),
                Q(QuestionKind.Date, "Op welke dag?"),
                Q(QuestionKind.Text, "Waar precies?", help: "De straat en het huisnummer, of de plek."),
            ],
            TrackKind.Experiment =>
            [
                Q(QuestionKind.LongText, "Wat wilt u uitproberen?"),
                Q(QuestionKind.WholeNumber, "Hoeveel maanden wilt u het proberen?", min: 1, max: 12),
                Q(QuestionKind.LongText, "Wie doet mee?", help: "Buren, een school, een vereniging…"),
                Q(QuestionKind.Amount, "Hoeveel geld vraagt u?", min: 0, max: maxCents / 100m),
            ],
            _ =>
            [
                Q(QuestionKind.LongText, "Wat wilt u doen?"),
                Q(QuestionKind.Text, "Waar?"),
                Q(QuestionKind.LongText, "Wie doet mee en wie heeft er iets aan?"),
                Q(QuestionKind.Amount, "Hoeveel geld vraagt u?", min: 0, max: maxCents / 100m),
                Q(QuestionKind.File, "Een plan, tekening of foto", required: false),
            ],
        };
    }
}
