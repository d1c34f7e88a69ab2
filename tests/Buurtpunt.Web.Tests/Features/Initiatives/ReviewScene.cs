using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>
/// A call with its review panels, seated through the administrator's page: a working group member
/// (department staff), two committee members (one chairs), and a resident's submitted application.
/// </summary>
public sealed record ReviewScene(BuurtpuntFactory Factory, int Call, int Application, HttpClient Admin, HttpClient Applicant, string ApplicantEmail,
    HttpClient WorkingGroup, HttpClient Member, HttpClient Chair, Guid MemberId, IReadOnlyList<int> Criteria)
{
    public static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    public static async Task<int> CallAsync(BuurtpuntFactory factory, HttpClient admin, string title, string budget = "250.000")
    {
        var today = factory.Clock.GetUtcNow().Date;
        var created = await admin.PostFormAsync("/beheer/oproepen", [F("Input.Title", title), F("Input.OpensOn", today.AddDays(-7).ToString("yyyy-MM-dd")),
            F("Input.ClosesOn", today.AddMonths(2).ToString("yyyy-MM-dd")), F("Input.Budget", budget)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(PathOf(created.Headers.Location).Split('/').Last());
    }

    public static async Task<ReviewScene> CreateAsync(BuurtpuntFactory factory, string name, string budget = "250.000")
    {
        var admin = await factory.SignedInAsync();
        var call = await CallAsync(factory, admin, $"Oproep {name}", budget);
        var wg = $"werkgroep-{name}@example.org";
        var member = $"jurylid-{name}@example.org";
        var chair = $"voorzitter-{name}@example.org";
        await factory.PersonAsync(wg, [(Role.DepartmentStaff, null)]);
        var memberId = await factory.PersonAsync(member, [(Role.Reviewer, null)]);
        await factory.PersonAsync(chair, [(Role.Reviewer, null)]);
        foreach (var (email, panel, isChair) in new[] { (wg, "WorkingGroup", false), (member, "Committee", false), (chair, "Committee", true) })
        {
            var seated = await admin.PostFormAsync($"/beheer/oproepen/{call}/beoordeling", [F("Seat.Email", email), F("Seat.Panel", panel), F("Seat.Chair", isChair ? "true" : "false")], handler: "Seat");
            Assert.Equal(HttpStatusCode.Redirect, seated.StatusCode);
        }
        var applicantEmail = $"aanvrager-{name}@example.org";
        var applicant = await factory.ResidentAsync(applicantEmail);
        var application = await SubmittedAsync(factory, applicant, call, $"Straatfeest {name}");
        var criteria = await factory.WithDbAsync(db => db.Criteria.IgnoreQueryFilters().Where(c => c.CallId == call).OrderBy(c => c.Position).Select(c => c.Id).ToListAsync());
        return new ReviewScene(factory, call, application, admin, applicant, applicantEmail, await factory.SignedInAsync(wg),
            await factory.SignedInAsync(member), await factory.SignedInAsync(chair), memberId, criteria);
    }

    /// <summary>A new resident's draft in the demo's open call (join track): its id, its support token and the resident.</summary>
    public static async Task<(int Id, string Token, HttpClient Applicant)> DraftInDemoCallAsync(BuurtpuntFactory factory, string who)
    {
        var applicant = await factory.ResidentAsync($"{who}@example.org");
        var call = await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Title == Web.Features.Demo.DemoSeeder.DemoCallTitle).Select(c => c.Id).SingleAsync());
        var started = await applicant.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var token = await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.SupportToken).SingleAsync());
        return (id, token, applicant);
    }

    /// <summary>A join-track application, filled in and submitted by the resident.</summary>
    public static async Task<int> SubmittedAsync(BuurtpuntFactory factory, HttpClient resident, int call, string title)
    {
        var started = await resident.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var questions = await QuestionsAsync(factory, call, TrackKind.Join);
        var submitted = await resident.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(
            ("Title", title), (FormReading.FieldName(questions[0].Id), "Straatfeestpakket"),
            (FormReading.FieldName(questions[1].Id), factory.Clock.GetUtcNow().Date.AddMonths(3).ToString("yyyy-MM-dd")), (FormReading.FieldName(questions[2].Id), "Kerkstraat 1 tot 40")));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return id;
    }

    /// <summary>The questions of a track's application form (or of its evaluation), in order.</summary>
    public static Task<List<FormQuestion>> QuestionsAsync(BuurtpuntFactory factory, int call, TrackKind kind, bool evaluation = false) =>
        factory.WithDbAsync(db => db.Tracks.IgnoreQueryFilters().Where(t => t.CallId == call && t.Kind == kind)
            .SelectMany(t => db.FormQuestions.IgnoreQueryFilters().Where(q => q.QuestionnaireId == (evaluation ? t.EvaluationQuestionnaireId : t.QuestionnaireId)))
            .OrderBy(q => q.Position).ToListAsync());

    public string File => $"/beoordeling/aanvraag/{Application}";

    public Task<HttpResponseMessage> StepAsync(HttpClient who, ApplicationStep step, params KeyValuePair<string, string>[] fields) =>
        who.PostFormAsync(File, fields, handler: $"Step&step={step}");

    public Task<HttpResponseMessage> ScoreAsync(HttpClient who, params int[] points) =>
        who.PostFormAsync(File, [.. Criteria.Zip(points, (c, p) => F($"Points[{c}]", p.ToString())), F("Comment", $"Scores {string.Join(",", points)}")], handler: "Score");

    public Task<Application> LoadAsync() => Factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().SingleAsync(a => a.Id == Application));

    public Task SetStatusAsync(ApplicationStatus status) => Factory.WithDbAsync(db =>
        db.Applications.IgnoreQueryFilters().Where(a => a.Id == Application).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status)));
}
