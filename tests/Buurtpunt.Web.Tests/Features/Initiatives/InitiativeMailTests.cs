using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>Who hears what happens to an application: every applicant, each in the language they chose; and the experiment's evaluation reminder.</summary>
public class InitiativeMailTests(MailFactory factory) : IClassFixture<MailFactory>
{
    /// <summary>A neighbour invited by the scene's applicant, who joins with the link from the mail.</summary>
    private async Task<HttpClient> CoApplicantAsync(ReviewScene s, string email)
    {
        var together = $"/aanvraag/{s.Application}/samen";
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostFormAsync(together, [F("Name", "Buur"), F("Email", email)], handler: "Invite")).StatusCode);
        var link = PathOf(new Uri(MailSink.LinkIn(await factory.Mail!.WaitForAsync(email, "nodigt u uit"))));
        var neighbour = await factory.ResidentAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await neighbour.PostFormAsync(link, [])).StatusCode);
        return neighbour;
    }

    [Fact]
    public async Task The_applicant_and_a_co_applicant_both_hear_the_citys_question_each_in_their_own_language()
    {
        var s = await CreateAsync(factory, "taalmail");
        var neighbour = await CoApplicantAsync(s, "buur-taalmail@example.org");
        // The neighbour reads the site in French; the working group member works in English: neither decides the applicant's language.
        Assert.Equal(HttpStatusCode.Redirect, (await neighbour.GetAsync("/taal/fr-BE?terug=/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.WorkingGroup.GetAsync("/taal/en?terug=/")).StatusCode);
        Assert.Equal("fr-BE", await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "buur-taalmail@example.org").Select(u => u.Language).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.StartReview)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.AskApplicant, F("Input.Question", "Voor hoeveel buren is het feest?"))).StatusCode);

        var dutch = await factory.Mail!.WaitForAsync(s.ApplicantEmail, "Een vraag over uw aanvraag: Straatfeest taalmail");
        Assert.Contains("Voor hoeveel buren is het feest?", dutch.TextBody);
        Assert.Contains($"/aanvraag/{s.Application}", dutch.TextBody);
        var french = await factory.Mail.WaitForAsync("buur-taalmail@example.org", "Une question sur votre demande : Straatfeest taalmail");
        Assert.Contains("Voor hoeveel buren is het feest?", french.TextBody);
    }

    [Fact]
    public async Task An_experiment_is_reminded_once_when_its_evaluation_opens_and_not_before()
    {
        var s = await CreateAsync(factory, "evalmail");
        await CoApplicantAsync(s, "buur-evalmail@example.org");
        var later = await SubmittedAsync(factory, s.Applicant, s.Call, "Later experiment");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var experiment = await factory.WithDbAsync(db => db.Tracks.IgnoreQueryFilters().Where(t => t.CallId == s.Call && t.Kind == TrackKind.Experiment).Select(t => t.Id).SingleAsync());
        foreach (var (id, ends) in new[] { (s.Application, today.AddDays(Projects.EvaluationOpensDaysBefore - 4)), (later, today.AddDays(Projects.EvaluationOpensDaysBefore + 1)) })
            await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == id).ExecuteUpdateAsync(x => x
                .SetProperty(a => a.TrackId, experiment).SetProperty(a => a.Status, ApplicationStatus.Running).SetProperty(a => a.GrantedCents, 50000)
                .SetProperty(a => a.StartedOn, today.AddMonths(-2)).SetProperty(a => a.EndsOn, ends)));

        async Task<int> RunAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<EvaluationReminders>().RunAsync(CancellationToken.None);
        }
        var first = await Task.WhenAll(RunAsync(), RunAsync()); // two runs at once: each person gets one mail
        Assert.Equal(2, first.Sum()); // the applicant and the co-applicant, for the project whose evaluation is open
        Assert.Equal(0, await RunAsync());

        foreach (var email in new[] { s.ApplicantEmail, "buur-evalmail@example.org" })
        {
            var mail = await factory.Mail!.WaitForAsync(email, "Hoe liep uw experiment 'Straatfeest evalmail'?");
            Assert.Contains($"/aanvraag/{s.Application}/evaluatie", mail.TextBody);
            Assert.Contains(today.AddDays(Projects.EvaluationOpensDaysBefore - 4).ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-BE")), mail.TextBody);
        }
        Assert.DoesNotContain(factory.Mail!.All(), m => m.Subject?.Contains("Later experiment") == true);
        Assert.Null(await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == later).Select(a => a.EvaluationRemindedUtc).SingleAsync()));
    }
}
