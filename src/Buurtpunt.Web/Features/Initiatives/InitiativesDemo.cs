using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Storage;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// Citizen initiatives for the demo: this year's open call (<see cref="DemoSeeder.DemoCallTitle"/>) with its
/// working group and committee, last year's call with three realised projects (one per track, with
/// payments, news and photos, and an evaluated experiment) so the showcase is not empty, and two
/// applications in this year's call waiting for the working group.
/// </summary>
internal sealed class InitiativesDemo(AppDbContext db, PhotoStore photos, MunicipalClock clock) : IDemoSeed
{
    public const string LastYearTitle = "Kom op voor je wijk 2026";

    private static readonly (TrackKind Track, string Title, string Area, ApplicationStatus Status, long Granted, string News)[] Realised =
    [
        (TrackKind.Join, "Plantenbakken in de Dorpsstraat", "Zepperen", ApplicationStatus.Running, 1_200_00, "De zes bakken staan er. Elke buur zorgt voor één bak."),
        (TrackKind.Experiment, "Speelstraat op zondag", "Centrum", ApplicationStatus.Evaluated, 2_500_00, "Drie maanden lang speelden de kinderen elke zondag op straat."),
        (TrackKind.Create, "Buurtmoestuin aan de kerk", "Runkelen", ApplicationStatus.Closed, 12_000_00, "De eerste oogst: tomaten en bonen voor de hele straat."),
    ];

    /// <summary>After People: the staff sit on the panels and the demo resident applies.</summary>
    public int Order => 60;

    public async Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var (municipalityId, areas, today) = (scene.Haspenhove.Id, scene.Areas, scene.Today);
        var (admin, applicant) = (scene.Person(DemoSeeder.AdminEmail), scene.Person(DemoSeeder.ResidentEmail));
        var thisYear = AddCall(municipalityId, today,
            [(admin, Panel.WorkingGroup, false), (scene.Person(DemoSeeder.WorkerEmail), Panel.WorkingGroup, false), (scene.Person(DemoSeeder.JurorEmail), Panel.Committee, true)]);
        var now = clock.UtcNow;
        var lastYear = CallSetup.NewCall(LastYearTitle, today.AddMonths(-14), today.AddMonths(-11), 250_000_00, now.AddMonths(-14));
        Stamp(lastYear, municipalityId);
        db.Calls.Add(lastYear);
        await db.SaveChangesAsync(cancellationToken); // the forms need their ids before answers refer to them
        var seed = 40;
        foreach (var (kind, title, areaName, status, granted, news) in Realised)
        {
            var started = today.AddMonths(-9);
            var application = NewApplication(lastYear, kind, title, applicant, municipalityId, now.AddMonths(-12));
            (application.Status, application.GrantedCents, application.PaidCents, application.DecidedUtc) = (status, granted, granted, now.AddMonths(-10));
            (application.WorkingGroupOpinion, application.WorkingGroupAdvice) = (Opinion.Positive, "Past goed in de oproep.");
            (application.CommitteeOpinion, application.CommitteeAdvice) = (Opinion.Positive, "Sterke betrokkenheid van de buren.");
            (application.AreaId, application.StartedOn) = (areas.First(a => a.Name == areaName).Id, started);
            if (kind == TrackKind.Experiment) application.EndsOn = started.AddMonths(3);
            db.Applications.Add(application);
            lastYear.CommittedCents += granted;
            await db.SaveChangesAsync(cancellationToken);
            db.Payments.Add(new Payment { MunicipalityId = municipalityId, ApplicationId = application.Id, AmountCents = granted, PaidOn = started, RecordedById = admin.Id, RecordedUtc = now.AddMonths(-9) });
            var (picture, _) = photos.Save(municipalityId, DemoPictures.Building(seed++));
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                MunicipalityId = municipalityId, ApplicationId = application.Id, Text = news, ById = applicant.Id, PostedUtc = now.AddMonths(-6),
                Photo = picture is null ? null : new Photo
                {
                    MunicipalityId = municipalityId, AltText = $"Tekening bij het project {title}", StorageKey = picture.Key, Width = picture.Width, Height = picture.Height, CreatedUtc = now,
                },
            });
        }

        // This year: one new application and one the working group is looking at.
        var fresh = NewApplication(thisYear, TrackKind.Join, "Straatfeest in de Stationsstraat", applicant, municipalityId, now.AddDays(-3));
        fresh.Status = ApplicationStatus.Submitted;
        fresh.AreaId = areas.First(a => a.Name == "Centrum").Id;
        var looked = NewApplication(thisYear, TrackKind.Create, "Zitbanken langs de Molenbeek", applicant, municipalityId, now.AddDays(-9));
        looked.Status = ApplicationStatus.InReview;
        (looked.WorkingGroupOpinion, looked.WorkingGroupAdvice) = (Opinion.Conditional, "Goed idee. Vraag eerst toestemming aan de waterbeheerder.");
        db.Applications.AddRange(fresh, looked);
        await db.SaveChangesAsync(cancellationToken);
        db.ApplicationEvents.Add(new ApplicationEvent { MunicipalityId = municipalityId, ApplicationId = looked.Id, Step = ApplicationStep.StartReview, Status = ApplicationStatus.InReview, AtUtc = now.AddDays(-7), ById = admin.Id });
        // The reviewers see where the benches would stand.
        if (photos.Save(municipalityId, DemoPictures.Building(seed)) is ({ } place, _))
            db.ApplicationPhotos.Add(new ApplicationPhoto
            {
                MunicipalityId = municipalityId, ApplicationId = looked.Id, AltText = "Tekening van het pad langs de Molenbeek, waar de zitbanken zouden staan",
                StorageKey = place.Key, Width = place.Width, Height = place.Height, UploadedById = applicant.Id, UploadedUtc = now.AddDays(-9),
            });
    }

    /// <summary>This year's call for citizen initiatives, open for three more months, with its three tracks and forms.</summary>
    private Call AddCall(int municipalityId, DateOnly today, IEnumerable<(User Person, Panel Panel, bool Chair)> seats)
    {
        var call = CallSetup.NewCall(DemoSeeder.DemoCallTitle, today.AddDays(-14), today.AddMonths(3), 250_000_00, clock.UtcNow);
        Stamp(call, municipalityId);
        db.Calls.Add(call);
        foreach (var (person, panel, chair) in seats)
            db.CallSeats.Add(new CallSeat { MunicipalityId = municipalityId, Call = call, PersonId = person.Id, Panel = panel, IsChair = chair });
        return call;
    }

    /// <summary>A submitted application with a first answer to each required text question, so it reads like a real one.</summary>
    private static Application NewApplication(Call call, TrackKind kind, string title, User applicant, int municipalityId, DateTime submitted)
    {
        var track = call.Tracks.Single(t => t.Kind == kind);
        var response = new FormResponse { MunicipalityId = municipalityId, QuestionnaireId = track.QuestionnaireId, RespondentId = applicant.Id, CreatedUtc = submitted, UpdatedUtc = submitted, SubmittedUtc = submitted };
        foreach (var question in track.Questionnaire!.Questions.Where(q => q.Kind is Core.Forms.QuestionKind.Text or Core.Forms.QuestionKind.LongText))
            response.Answers.Add(new FormAnswer { MunicipalityId = municipalityId, QuestionId = question.Id, Text = title });
        return new Application
        {
            MunicipalityId = municipalityId, Call = call, Track = track, ApplicantId = applicant.Id, Title = title, Response = response,
            CreatedUtc = submitted, UpdatedUtc = submitted, SubmittedUtc = submitted, SupportToken = Application.NewSupportToken(),
        };
    }

    /// <summary>A call built outside a request carries its municipality into every part (tracks, forms, questions, criteria).</summary>
    private static void Stamp(Call call, int municipalityId)
    {
        call.MunicipalityId = municipalityId;
        foreach (var criterion in call.Criteria) criterion.MunicipalityId = municipalityId;
        foreach (var offer in call.Offers) offer.MunicipalityId = municipalityId;
        foreach (var track in call.Tracks)
        {
            track.MunicipalityId = municipalityId;
            foreach (var form in new[] { track.Questionnaire, track.EvaluationQuestionnaire })
            {
                if (form is null) continue;
                form.MunicipalityId = municipalityId;
                foreach (var question in form.Questions) question.MunicipalityId = municipalityId;
            }
        }
    }
}
