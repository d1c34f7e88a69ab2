using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>
/// No one can skip or force a step over HTTP (Decidim once let any user trigger a transition):
/// for every state of an application, every step and every role, each step the flow does not give
/// that role is refused — on the review file and on the applicant's page — and nothing changes.
/// </summary>
public class ForbiddenStepTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private sealed record Role(string Name, HttpClient Client, string TokenPage, ApplicationActor[] Review, bool Applicant);

    [Fact]
    public async Task Every_forbidden_step_is_refused_for_every_role_in_every_state()
    {
        var s = await CreateAsync(factory, "verboden");
        var conflicted = "werkgroep-conflict@example.org";
        var conflictedId = await factory.PersonAsync(conflicted, [(Web.Features.People.Role.DepartmentStaff, null)]);
        await factory.WithDbAsync(async db =>
        {
            db.CallSeats.Add(new CallSeat { MunicipalityId = await factory.MunicipalityIdAsync(), CallId = s.Call, PersonId = conflictedId, Panel = Panel.WorkingGroup });
            db.DeclaredConflicts.Add(new DeclaredConflict { MunicipalityId = await factory.MunicipalityIdAsync(), ApplicationId = s.Application, PersonId = conflictedId, Reason = "Buurman", DeclaredUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        Role[] roles =
        [
            new("anonymous", factory.ClientFor(), "/aanmelden", [], false),
            new("applicant", s.Applicant, "/aanvragen", [], true),
            new("neighbour", await factory.ResidentAsync("buurvrouw-verboden@example.org"), "/aanvragen", [], false),
            new("lead", await factory.SignedInAsync(DemoSeeder.LeadEmail), "/oproepen", [], false),
            new("working group", s.WorkingGroup, "/oproepen", [ApplicationActor.WorkingGroup], false),
            new("conflicted working group", await factory.SignedInAsync(conflicted), "/oproepen", [], false),
            new("committee member", s.Member, "/oproepen", [], false),
            new("committee chair", s.Chair, "/oproepen", [ApplicationActor.CommitteeChair], false),
            new("reviewer of another call", await factory.SignedInAsync(DemoSeeder.JurorEmail), "/oproepen", [], false),
            new("administrator", s.Admin, "/oproepen", [ApplicationActor.Council, ApplicationActor.Staff], false),
            new("administrator of another municipality", await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost"), "/oproepen", [], false),
        ];
        var tokens = new Dictionary<string, string>();
        foreach (var role in roles)
            tokens[role.Name] = (await role.Client.GetPageAsync(role.TokenPage)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Fields that would make any step acceptable, so only the flow and the role can refuse it.
        KeyValuePair<string, string>[] fields =
        [
            F("Input.Question", "Vraag?"), F("Input.Opinion", "Positive"), F("Input.Advice", "Advies"), F("Input.Amount", "100"),
            F("Input.Conditions", ""), F("Input.Reason", "Reden"), F("Title", "Straatfeest verboden"), F("Reply", "Antwoord"),
        ];
        var refused = 0;
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            await s.SetStatusAsync(status);
            var events = await EventsAsync(s);
            foreach (var role in roles)
            {
                foreach (var step in Enum.GetValues<ApplicationStep>())
                {
                    if (ApplicationFlow.Next(status, step, role.Review) is not null) continue; // allowed: the chain test takes those
                    await RefusedAsync(role, $"{s.File}?handler=Step&step={step}", $"{role.Name}: {step} from {status} on the review file");
                }
                foreach (var (handler, step) in new[] { ("Withdraw", ApplicationStep.Withdraw), ("Submit", status == ApplicationStatus.Draft ? ApplicationStep.Submit : ApplicationStep.Answer) })
                {
                    if (role.Applicant && ApplicationFlow.Next(status, step, [ApplicationActor.Applicant]) is not null) continue;
                    await RefusedAsync(role, $"/aanvraag/{s.Application}?handler={handler}", $"{role.Name}: {handler} from {status} on the application");
                }
            }
            var after = await s.LoadAsync();
            Assert.Equal(status, after.Status);
            Assert.Equal(events, await EventsAsync(s));
            Assert.Null(after.WorkingGroupOpinion);
            Assert.Null(after.CommitteeOpinion);
            Assert.Null(after.GrantedCents);
        }
        Assert.Equal(0L, await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == s.Call).Select(c => c.CommittedCents).SingleAsync()));
        Assert.True(refused > 1000, $"only {refused} refusals were tried");

        async Task RefusedAsync(Role role, string url, string what)
        {
            var response = await role.Client.PostAsync(url, new FormUrlEncodedContent([.. fields, F("__RequestVerificationToken", tokens[role.Name])]));
            var code = (int)response.StatusCode;
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location).StartsWith("/aanmelden");
            Assert.True(code is >= 400 and < 500 || toSignIn, $"{what} answered {code} {response.Headers.Location}");
            refused++;
        }
    }

    private Task<int> EventsAsync(ReviewScene s) => factory.WithDbAsync(db => db.ApplicationEvents.IgnoreQueryFilters().CountAsync(e => e.ApplicationId == s.Application));
}
