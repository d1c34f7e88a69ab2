using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>The review chain over HTTP: working group, independent committee scores, the chair's advice and the council's decision within budget.</summary>
public class ReviewTests(MailFactory factory) : IClassFixture<MailFactory>
{
    [Fact]
    public async Task An_application_goes_from_submission_through_questions_advice_and_scores_to_a_grant()
    {
        var s = await CreateAsync(factory, "keten");
        var queue = (await s.WorkingGroup.GetPageAsync($"/beoordeling/oproep/{s.Call}")).Text();
        Assert.Contains("Straatfeest keten", queue);
        Assert.Contains("Behandeling starten", queue);

        // The working group takes it on and asks the applicant a question; the applicant is mailed and answers.
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.StartReview)).StatusCode);
        var noQuestion = await s.StepAsync(s.WorkingGroup, ApplicationStep.AskApplicant, F("Input.Question", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noQuestion.StatusCode);
        Assert.Contains("Vul 'Uw vraag' in", (await noQuestion.ReadAsync()).Text());
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.AskApplicant, F("Input.Question", "Hoeveel buren doen mee?"))).StatusCode);
        Assert.Equal(ApplicationStatus.QuestionsToApplicant, (await s.LoadAsync()).Status);
        var mail = await factory.Mail!.WaitForAsync(s.ApplicantEmail, "Een vraag over uw aanvraag");
        Assert.Contains("Hoeveel buren doen mee?", mail.TextBody);
        var own = (await s.Applicant.GetPageAsync($"/aanvraag/{s.Application}")).Text();
        Assert.Contains("Vraag van de stad", own);
        Assert.Contains("Hoeveel buren doen mee?", own);
        Assert.Contains("Er is een vraag voor u", own); // the status, in the applicant's words
        Assert.Contains("Er is een vraag voor u", (await s.Applicant.GetPageAsync("/aanvragen")).Text());
        Assert.Contains("Wacht op antwoord van de aanvrager", (await s.WorkingGroup.GetPageAsync(s.File)).Text()); // and in the city's
        await AnswerAsync(s, "Een twintigtal gezinnen.");
        Assert.Equal(ApplicationStatus.InReview, (await s.LoadAsync()).Status);
        Assert.Contains("Een twintigtal gezinnen.", (await s.WorkingGroup.GetPageAsync(s.File)).Text());

        // The chair cannot advise before the working group has.
        Assert.Equal(HttpStatusCode.Conflict, (await s.StepAsync(s.Chair, ApplicationStep.Advise, F("Input.Opinion", "Positive"), F("Input.Advice", "Goed"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.Recommend, F("Input.Opinion", "Positive"), F("Input.Advice", "Past in de oproep."))).StatusCode);
        Assert.Equal(Opinion.Positive, (await s.LoadAsync()).WorkingGroupOpinion);
        Assert.Equal(HttpStatusCode.Conflict, (await s.StepAsync(s.Chair, ApplicationStep.Advise, F("Input.Opinion", "Positive"), F("Input.Advice", "Goed"))).StatusCode);

        // Members score independently: the second does not see the first's scores before scoring.
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Member, 4, 4, 3, 5)).StatusCode);
        var before = (await s.Chair.GetPageAsync(s.File)).Text();
        Assert.DoesNotContain("Scores 4,4,3,5", before);
        Assert.Contains("1 jurylid scoorde al", before);
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Chair, 2, 3, 3, 4)).StatusCode);
        var after = (await s.Chair.GetPageAsync(s.File)).Text();
        Assert.Contains("Scores 4,4,3,5", after);
        Assert.Contains("3,5", after); // the average of all eight scores (28 / 8)
        Assert.Contains("Scores 4,4,3,5", (await s.WorkingGroup.GetPageAsync(s.File)).Text()); // the working group does not score: it sees them
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Chair, ApplicationStep.Advise, F("Input.Opinion", "Conditional"), F("Input.Advice", "Goed, als de straat afgesloten wordt."))).StatusCode);
        Assert.Equal(ApplicationStatus.Assessed, (await s.LoadAsync()).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await s.ScoreAsync(s.Member, 1, 1, 1, 1)).StatusCode); // scores close with the advice

        // The council: above the track's maximum or not an amount is refused; then approved with conditions.
        Assert.Equal(HttpStatusCode.BadRequest, (await s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "1.500,01"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "-20"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "veel"))).StatusCode);
        Assert.Equal(ApplicationStatus.Assessed, (await s.LoadAsync()).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "1.250,50"), F("Input.Conditions", "Verzekering regelen."))).StatusCode);
        var decided = await s.LoadAsync();
        Assert.Equal((ApplicationStatus.Approved, 1_250_50L, "Verzekering regelen."), (decided.Status, decided.GrantedCents!.Value, decided.Conditions));
        Assert.Equal(1_250_50L, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == s.Call).Select(c => c.CommittedCents).SingleAsync()));
        var approved = await factory.Mail.WaitForAsync(s.ApplicantEmail, "Goedgekeurd");
        Assert.Contains("€ 1.250,50", approved.TextBody);
        Assert.Contains("Verzekering regelen.", approved.TextBody);
        Assert.Contains("U krijgt € 1.250,50", (await s.Applicant.GetPageAsync($"/aanvraag/{s.Application}")).Text());

        // Every step is in the history with who took it.
        var steps = await factory.WithDbAsync(db => db.ApplicationEvents.IgnoreQueryFilters().Where(e => e.ApplicationId == s.Application).OrderBy(e => e.Id).Select(e => e.Step).ToListAsync());
        Assert.Equal([ApplicationStep.Submit, ApplicationStep.StartReview, ApplicationStep.AskApplicant, ApplicationStep.Answer, ApplicationStep.Recommend, ApplicationStep.Advise, ApplicationStep.Approve], steps);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_the_applicant_reads_it()
    {
        var s = await CreateAsync(factory, "afwijzing");
        await s.SetStatusAsync(ApplicationStatus.Assessed);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.StepAsync(s.Admin, ApplicationStep.Reject, F("Input.Reason", ""))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Admin, ApplicationStep.Reject, F("Input.Reason", "Het project valt buiten de gemeente."))).StatusCode);
        var rejected = await s.LoadAsync();
        Assert.Equal((ApplicationStatus.Rejected, (long?)null), (rejected.Status, rejected.GrantedCents));
        Assert.Contains("Het project valt buiten de gemeente.", (await factory.Mail!.WaitForAsync(s.ApplicantEmail, "Beslissing over uw aanvraag")).TextBody);
        Assert.Contains("Het project valt buiten de gemeente.", (await s.Applicant.GetPageAsync($"/aanvraag/{s.Application}")).Text());
        Assert.Equal(0L, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == s.Call).Select(c => c.CommittedCents).SingleAsync()));
    }

    [Fact]
    public async Task Scores_off_the_scale_incomplete_or_unreadable_are_refused_and_nothing_is_stored()
    {
        var s = await CreateAsync(factory, "schaal");
        await s.SetStatusAsync(ApplicationStatus.InReview);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.ScoreAsync(s.Member, 6, 4, 3, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.ScoreAsync(s.Member, 0, 4, 3, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.ScoreAsync(s.Member, 4, 4, 3)).StatusCode);
        var unreadable = await s.Member.PostFormAsync(s.File, [F($"Points[{s.Criteria[0]}]", "veel"), .. s.Criteria.Skip(1).Select(c => F($"Points[{c}]", "3"))], handler: "Score");
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var foreign = await s.Member.PostFormAsync(s.File, [.. s.Criteria.Select(c => F($"Points[{c}]", "3")), F("Points[999999]", "3")], handler: "Score");
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var offScale = await s.ScoreAsync(s.Member, 9, 4, 3, 5);
        Assert.Contains("tussen 1 en 5", (await offScale.ReadAsync()).Text());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.ApplicationId == s.Application)));
        // The working group does not score.
        Assert.Equal(HttpStatusCode.Conflict, (await s.ScoreAsync(s.WorkingGroup, 3, 3, 3, 3)).StatusCode);
        // Scores are final: once given, the member sees the others' scores, so scoring again is refused and changes nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Member, 3, 3, 3, 3)).StatusCode);
        var again = await s.ScoreAsync(s.Member, 5, 5, 5, 5);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Uw scores liggen vast", (await again.ReadAsync()).Text());
        var points = await factory.WithDbAsync(db => db.Scores.IgnoreQueryFilters().Where(x => db.Assessments.IgnoreQueryFilters().Any(a => a.Id == x.AssessmentId && a.ApplicationId == s.Application)).Select(x => x.Points).ToListAsync());
        Assert.Equal([3, 3, 3, 3], points);
        // The file no longer offers the scoring form.
        Assert.DoesNotContain("handler=Score", await (await s.Member.GetAsync(s.File)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reviewer_who_supports_or_declares_a_conflict_does_not_review_it()
    {
        var s = await CreateAsync(factory, "conflict");
        // The committee member supports the application as a neighbour (before review starts).
        var token = (await s.LoadAsync()).SupportToken;
        var supported = await s.Member.PostFormAsync($"/steun/{token}", [F("Name", "Een jurylid"), F("Address", "Kerkstraat 5, 3800 Haspenhove"), F("Agree", "true")]);
        Assert.Equal(HttpStatusCode.OK, supported.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().AnyAsync(x => x.ApplicationId == s.Application && x.SupporterId == s.MemberId)));
        await s.SetStatusAsync(ApplicationStatus.InReview);
        var page = await s.Member.GetPageAsync(s.File);
        Assert.Contains("U beoordeelt deze aanvraag niet", page.Text());
        Assert.DoesNotContain("Kerkstraat 1 tot 40", page.Text()); // not even the answers
        Assert.Equal(HttpStatusCode.Conflict, (await s.ScoreAsync(s.Member, 4, 4, 4, 4)).StatusCode);
        Assert.Contains("belangenconflict", (await s.Member.GetPageAsync($"/beoordeling/oproep/{s.Call}")).Text());

        // The chair scores, then declares a conflict: the scores go and the chair can no longer advise.
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Chair, 4, 4, 4, 4)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Chair.PostFormAsync(s.File, [F("ConflictReason", "")], handler: "Conflict")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Chair.PostFormAsync(s.File, [F("ConflictReason", "Mijn zus woont in de straat.")], handler: "Conflict")).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.ApplicationId == s.Application)));
        await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == s.Application)
            .ExecuteUpdateAsync(x => x.SetProperty(a => a.WorkingGroupOpinion, Opinion.Positive)));
        Assert.Equal(HttpStatusCode.Conflict, (await s.StepAsync(s.Chair, ApplicationStep.Advise, F("Input.Opinion", "Positive"), F("Input.Advice", "Goed"))).StatusCode);
        Assert.Equal(ApplicationStatus.InReview, (await s.LoadAsync()).Status);

        // A member who scores and then supports it as a neighbour loses those scores: supporting is a conflict of interest.
        var other = await SubmittedAsync(factory, await factory.ResidentAsync("tweede-conflict@example.org"), s.Call, "Bloembakken");
        var o = s with { Application = other };
        await o.SetStatusAsync(ApplicationStatus.InReview);
        Assert.Equal(HttpStatusCode.Redirect, (await o.ScoreAsync(s.Member, 3, 3, 3, 3)).StatusCode);
        var otherToken = (await o.LoadAsync()).SupportToken;
        Assert.Equal(HttpStatusCode.OK, (await s.Member.PostFormAsync($"/steun/{otherToken}", [F("Name", "Een jurylid"), F("Address", "Kerkstraat 7, 3800 Haspenhove"), F("Agree", "true")])).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.ApplicationId == other)));

        // The committee never sees who applied or who supports; the working group does, and that is audited.
        Assert.DoesNotContain("Test aanvrager-conflict", (await s.Chair.GetPageAsync(s.File)).Text());
        var seen = (await s.WorkingGroup.GetPageAsync(s.File)).Text();
        Assert.Contains("Test aanvrager-conflict", seen);
        Assert.Contains("Kerkstraat 5", seen);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action == "ApplicationViewed" && e.Details == $"review file {s.Application}")));
    }

    [Fact]
    public async Task Two_approvals_at_once_never_overspend_the_call()
    {
        var s = await CreateAsync(factory, "budget", budget: "2.000");
        var second = await SubmittedAsync(factory, await factory.ResidentAsync("tweede-budget@example.org"), s.Call, "Plantenbakken");
        await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.CallId == s.Call).ExecuteUpdateAsync(x => x.SetProperty(a => a.Status, ApplicationStatus.Assessed)));
        var other = await factory.SignedInAsync();
        var results = await Task.WhenAll(
            s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "1.200")),
            other.PostFormAsync($"/beoordeling/aanvraag/{second}", [F("Input.Amount", "1.200")], handler: "Step&step=Approve"));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
        var loser = results.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Zoveel geld is er niet meer", (await loser.ReadAsync()).Text());
        Assert.Equal(1_200_00L, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == s.Call).Select(c => c.CommittedCents).SingleAsync()));
        var statuses = await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.CallId == s.Call).Select(a => a.Status).ToListAsync());
        Assert.Equal([ApplicationStatus.Assessed, ApplicationStatus.Approved], statuses.Order());
        // What is left can still be granted; more cannot.
        var remaining = statuses.Count(x => x == ApplicationStatus.Assessed) == 1
            ? await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.CallId == s.Call && a.Status == ApplicationStatus.Assessed).Select(a => a.Id).SingleAsync()) : 0;
        Assert.Equal(HttpStatusCode.Conflict, (await s.Admin.PostFormAsync($"/beoordeling/aanvraag/{remaining}", [F("Input.Amount", "800,01")], handler: "Step&step=Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Admin.PostFormAsync($"/beoordeling/aanvraag/{remaining}", [F("Input.Amount", "800")], handler: "Step&step=Approve")).StatusCode);
        Assert.Equal(2_000_00L, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == s.Call).Select(c => c.CommittedCents).SingleAsync()));
    }

    [Fact]
    public async Task The_review_pages_are_for_the_calls_reviewers_and_administrators_only()
    {
        var s = await CreateAsync(factory, "toegang");
        var outsiders = new[]
        {
            s.Applicant, await factory.ResidentAsync("nieuwsgierig@example.org"), await factory.SignedInAsync(DemoSeeder.LeadEmail),
            await factory.SignedInAsync(DemoSeeder.JurorEmail), // a reviewer, but of another call
        };
        foreach (var outsider in outsiders)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(s.File)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/beoordeling/oproep/{s.Call}")).StatusCode);
        }
        var foreign = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(s.File)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/beoordeling/oproep/{s.Call}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/beheer/oproepen/{s.Call}/beoordeling")).StatusCode);
        Assert.StartsWith("/aanmelden", PathOf((await factory.ClientFor().GetAsync(s.File)).Headers.Location));
        Assert.DoesNotContain($"Oproep toegang", (await (await factory.SignedInAsync(DemoSeeder.JurorEmail)).GetPageAsync("/beoordeling")).Text());
        Assert.Contains("Oproep toegang", (await s.Member.GetPageAsync("/beoordeling")).Text());
    }

    [Fact]
    public async Task The_administrator_seats_only_known_staff_and_fixes_the_criteria_once_scored()
    {
        var s = await CreateAsync(factory, "opzet");
        var setup = $"/beheer/oproepen/{s.Call}/beoordeling";
        var unknown = await s.Admin.PostFormAsync(setup, [F("Seat.Email", "niemand@example.org"), F("Seat.Panel", "Committee")], handler: "Seat");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Niemand meldt aan met dit e-mailadres", (await unknown.ReadAsync()).Text());
        await factory.ResidentAsync("gewone-bewoner@example.org");
        var resident = await s.Admin.PostFormAsync(setup, [F("Seat.Email", "gewone-bewoner@example.org"), F("Seat.Panel", "Committee")], handler: "Seat");
        Assert.Contains("rol 'beoordelaar'", (await resident.ReadAsync()).Text());
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Admin.PostFormAsync(setup, [F("Seat.Email", "jurylid-opzet@example.org"), F("Seat.Panel", "Jury")], handler: "Seat")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Admin.PostFormAsync(setup, [F("Seat.Email", "jurylid-opzet@example.org"), F("Seat.Panel", "Committee")], handler: "Seat")).StatusCode);
        Assert.Equal(3, await factory.WithDbAsync(db => db.CallSeats.IgnoreQueryFilters().CountAsync(x => x.CallId == s.Call)));

        Assert.Equal(HttpStatusCode.BadRequest, (await s.Admin.PostFormAsync(setup, [F("CriteriaText", string.Join('\n', Enumerable.Range(1, 11).Select(i => $"Criterium {i}")))], handler: "Criteria")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Admin.PostFormAsync(setup, [F("CriteriaText", "Buurt\nHaalbaar\n\nBuurt")], handler: "Criteria")).StatusCode);
        Assert.Equal(["Buurt", "Haalbaar"], await factory.WithDbAsync(db => db.Criteria.IgnoreQueryFilters().Where(c => c.CallId == s.Call).OrderBy(c => c.Position).Select(c => c.Name).ToListAsync()));
        var criteria = await factory.WithDbAsync(db => db.Criteria.IgnoreQueryFilters().Where(c => c.CallId == s.Call).OrderBy(c => c.Position).Select(c => c.Id).ToListAsync());
        await s.SetStatusAsync(ApplicationStatus.InReview);
        Assert.Equal(HttpStatusCode.Redirect, (await (s with { Criteria = criteria }).ScoreAsync(s.Member, 3, 4)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await s.Admin.PostFormAsync(setup, [F("CriteriaText", "Iets anders")], handler: "Criteria")).StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync(c => c.CallId == s.Call)));
    }

    [Fact]
    public async Task When_the_chair_has_a_conflict_the_member_seated_first_stands_in_for_that_application_only()
    {
        var s = await CreateAsync(factory, "plaatsvervanger");
        var other = s with { Application = await SubmittedAsync(factory, await factory.ResidentAsync("tweede-plaatsvervanger@example.org"), s.Call, "Bloembakken") };
        foreach (var scene in new[] { s, other })
        {
            await scene.SetStatusAsync(ApplicationStatus.InReview);
            await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == scene.Application)
                .ExecuteUpdateAsync(x => x.SetProperty(a => a.WorkingGroupOpinion, Opinion.Positive)));
            Assert.Equal(HttpStatusCode.Redirect, (await scene.ScoreAsync(s.Member, 4, 3, 4, 3)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await s.StepAsync(s.Member, ApplicationStep.Advise, F("Input.Opinion", "Positive"), F("Input.Advice", "Goed"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await s.Chair.PostFormAsync(s.File, [F("ConflictReason", "Mijn broer heeft het aangevraagd.")], handler: "Conflict")).StatusCode);
        Assert.Contains("U zit de jury voor deze aanvraag voor", (await s.Member.GetPageAsync(s.File)).Text());
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Member, ApplicationStep.Advise, F("Input.Opinion", "Positive"), F("Input.Advice", "Sterk buurtproject."))).StatusCode);
        var advised = await s.LoadAsync();
        Assert.Equal((Opinion.Positive, "Sterk buurtproject.", ApplicationStatus.Assessed), (advised.CommitteeOpinion, advised.CommitteeAdvice, advised.Status));

        // On the other application the chair is free: the member is a member there.
        Assert.DoesNotContain("U zit de jury voor", (await s.Member.GetPageAsync(other.File)).Text());
        Assert.Equal(HttpStatusCode.Conflict, (await other.StepAsync(s.Member, ApplicationStep.Advise, F("Input.Opinion", "Positive"), F("Input.Advice", "Goed"))).StatusCode);
        Assert.Equal(ApplicationStatus.InReview, (await other.LoadAsync()).Status);
    }

    private static async Task AnswerAsync(ReviewScene s, string reply)
    {
        var page = await s.Applicant.GetPageAsync($"/aanvraag/{s.Application}");
        var fields = page.QuerySelectorAll("form[enctype='multipart/form-data'] input[name], form[enctype='multipart/form-data'] textarea[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken" && e.GetAttribute("type") is not ("radio" or "file"))
            .Select(e => (e.GetAttribute("name")!, e.GetAttribute("value") ?? e.TextContent)).ToList();
        foreach (var radio in page.QuerySelectorAll("input[type=radio][checked]")) fields.Add((radio.GetAttribute("name")!, radio.GetAttribute("value")!));
        fields.RemoveAll(f => f.Item1 == "Reply");
        fields.Add(("Reply", reply));
        var sent = await s.Applicant.PostMultipartAsync($"/aanvraag/{s.Application}?handler=Submit", Multipart([.. fields]));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }
}
