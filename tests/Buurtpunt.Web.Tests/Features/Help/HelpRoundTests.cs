using System.Net;
using AngleSharp.Html.Dom;
using Buurtpunt.Core.Help;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Help;

/// <summary>
/// A round of neighbour help over HTTP: the worker confirms (and adjusts) the matcher's proposal,
/// volunteers accept or decline, the worker closes, the resident thanks. Each test works in its own
/// area, with volunteers whose 1 km range keeps them there.
/// </summary>
public class HelpRoundTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static readonly DateOnly Thursday = new(2026, 11, 26);

    private sealed record Setup(int[] Requests, Guid[] Requesters, int[] Volunteers, string[] VolunteerEmails, string[] RequesterEmails);

    /// <summary>Requests of the given kinds (each by its own resident, at home) and volunteers offering the given kinds, all in one area.</summary>
    private async Task<Setup> SetupAsync(string prefix, string areaName, HelpKind[] asked, (HelpKind[] Kinds, int Max)[] offered)
    {
        var (municipality, area) = (await factory.MunicipalityIdAsync(), await factory.AreaIdAsync(areaName));
        var requesterEmails = asked.Select((_, i) => $"{prefix}-vrager{i}@example.org").ToArray();
        var volunteerEmails = offered.Select((_, i) => $"{prefix}-helper{i}@example.org").ToArray();
        var requesters = new List<Guid>();
        foreach (var email in requesterEmails) requesters.Add(await factory.PersonAsync(email, [(Role.Resident, null)]));
        var helpers = new List<Guid>();
        foreach (var email in volunteerEmails) helpers.Add(await factory.PersonAsync(email, [(Role.Resident, null)]));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var requests = asked.Select((kind, i) => new HelpRequest
        {
            MunicipalityId = municipality, AreaId = area, RequesterId = requesters[i], Kind = kind, Description = $"Vraag {i} van {prefix}.",
            Address = $"Molenweg {i + 7}", Phone = $"0470 12 34 5{i}", Date = Thursday, From = new TimeOnly(9, 0), Until = new TimeOnly(12, 0), Minutes = 60,
            Status = HelpStatus.Open, CreatedUtc = now.AddDays(-2), StatusChangedUtc = now.AddDays(-2),
        }).ToList();
        var volunteers = offered.Select((offer, i) => new Volunteer
        {
            MunicipalityId = municipality, UserId = helpers[i], AreaId = area, Kinds = [.. offer.Kinds], Languages = ["nl"], Slots = [9], RangeKm = 1,
            MaxRequests = offer.Max, HoursPerWeek = 4, ApprovedUtc = now, UpdatedUtc = now,
        }).ToList();
        await factory.WithDbAsync(db =>
        {
            db.HelpRequests.AddRange(requests);
            db.Volunteers.AddRange(volunteers);
            return db.SaveChangesAsync();
        });
        return new Setup([.. requests.Select(r => r.Id)], [.. requesters], [.. volunteers.Select(v => v.Id)], volunteerEmails, requesterEmails);
    }

    private static string? Picked(IHtmlDocument page, int request) =>
        page.QuerySelector($"select[name='Pick[{request}]'] option[selected]")?.GetAttribute("value");

    private static List<string> Options(IHtmlDocument page, int request) =>
        page.QuerySelectorAll($"select[name='Pick[{request}]'] option").Select(o => o.GetAttribute("value")!).Where(v => v != "").ToList();

    private Task<HelpMatch> MatchAsync(int request) =>
        factory.WithDbAsync(db => db.HelpMatches.IgnoreQueryFilters().Where(m => m.RequestId == request).OrderByDescending(m => m.Id).FirstAsync());

    private Task<HelpRequest> RequestAsync(int id) => factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.Id == id));

    private Task<Volunteer> VolunteerAsync(int id) => factory.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().SingleAsync(v => v.Id == id));

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, int request, string step, string? note = null) =>
        client.PostFormAsync($"/hulp/{request}", [new("step", step), new("Note", note ?? "")], handler: "Step");

    [Fact]
    public async Task A_whole_round_propose_adjust_confirm_accept_decline_rematch_done_thanks()
    {
        var s = await SetupAsync("ronde", "Runkelen", [HelpKind.Errands, HelpKind.DigitalHelp, HelpKind.DigitalHelp],
            [([HelpKind.Errands, HelpKind.DigitalHelp], 2), ([HelpKind.DigitalHelp], 1)]);
        var (vera, wout) = (s.Volunteers[0], s.Volunteers[1]);
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        const string matcher = "/balie/burenmatcher?gebied=runkelen";

        // The proposal: everyone helped, Vera (the only one for errands) and Wout on the digital help.
        var page = await worker.GetPageAsync(matcher);
        Assert.Contains("3 van de 3 open vragen krijgen een voorstel", page.Text());
        Assert.Equal(vera.ToString(), Picked(page, s.Requests[0]));
        var digital = new[] { s.Requests[1], s.Requests[2] };
        var woutsProposal = digital.Single(r => Picked(page, r) == wout.ToString());
        var verasDigital = digital.Single(r => r != woutsProposal);

        // The worker swaps the two digital requests and confirms.
        var confirm = await worker.PostFormAsync(matcher,
            [new($"Pick[{s.Requests[0]}]", vera.ToString()), new($"Pick[{woutsProposal}]", vera.ToString()), new($"Pick[{verasDigital}]", wout.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Contains("De voorstellen zijn verstuurd", (await worker.GetPageAsync(PathOf(confirm.Headers.Location))).Text());
        Assert.Equal(vera, (await MatchAsync(woutsProposal)).VolunteerId);
        Assert.Equal(wout, (await MatchAsync(verasDigital)).VolunteerId);
        foreach (var id in s.Requests) Assert.Equal(HelpStatus.Proposed, (await RequestAsync(id)).Status);
        Assert.Equal((2, 120), await VolunteerAsync(vera) is var v ? (v.ActiveRequests, v.MinutesTaken) : default);
        var mail = await factory.Mail!.WaitForAsync(s.VolunteerEmails[0], "Kunt u helpen?");
        Assert.Contains("/hulp/voorstel/", mail.TextBody);
        await factory.Mail.WaitForAsync(s.VolunteerEmails[1], "Kunt u helpen?");

        // Vera sees what, when and where roughly — not who, the address or the phone — until she says yes.
        var veraClient = await factory.SignedInAsync(s.VolunteerEmails[0]);
        var errands = (await MatchAsync(s.Requests[0])).Id;
        var before = (await veraClient.GetPageAsync($"/hulp/voorstel/{errands}")).Text();
        Assert.Contains("Vraag 0 van ronde", before);
        Assert.DoesNotContain("Molenweg", before);
        Assert.DoesNotContain("0470", before);
        Assert.DoesNotContain("Test ronde-vrager0", before);
        Assert.Equal(HttpStatusCode.Redirect, (await veraClient.PostFormAsync($"/hulp/voorstel/{errands}", [], handler: "Accept")).StatusCode);
        var after = (await veraClient.GetPageAsync($"/hulp/voorstel/{errands}")).Text();
        Assert.Contains("Molenweg 7", after);
        Assert.Contains("0470 12 34 50", after);
        Assert.Contains("Test ronde-vrager0", after);
        Assert.Equal(HelpStatus.Accepted, (await RequestAsync(s.Requests[0])).Status);
        await factory.Mail.WaitForAsync(s.RequesterEmails[0], "Iemand helpt u");
        var asker = await factory.SignedInAsync(s.RequesterEmails[0]);
        Assert.Contains("Test ronde-helper0", (await asker.GetPageAsync($"/hulp/{s.Requests[0]}")).Text());

        // Wout declines: the request is open again, and the next round does not ask him again.
        var woutClient = await factory.SignedInAsync(s.VolunteerEmails[1]);
        var woutsMatch = (await MatchAsync(verasDigital)).Id;
        Assert.Equal(HttpStatusCode.Redirect,
            (await woutClient.PostFormAsync($"/hulp/voorstel/{woutsMatch}", [new("DeclineNote", "Ik ben die week weg.")], handler: "Decline")).StatusCode);
        Assert.Equal(HelpStatus.Open, (await RequestAsync(verasDigital)).Status);
        Assert.Equal((0, 0), await VolunteerAsync(wout) is var w ? (w.ActiveRequests, w.MinutesTaken) : default);
        var rematch = await worker.GetPageAsync(matcher);
        Assert.DoesNotContain(wout.ToString(), Options(rematch, verasDigital));
        Assert.Contains("Ik ben die week weg.", (await worker.GetPageAsync($"/hulp/{verasDigital}")).Text());

        // The worker records that the errands were done; the resident thanks Vera, who reads it.
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(worker, s.Requests[0], "Done", "Boodschappen gedaan op donderdag.")).StatusCode);
        Assert.Equal(HelpStatus.Done, (await RequestAsync(s.Requests[0])).Status);
        Assert.Equal(1, (await VolunteerAsync(vera)).ActiveRequests);
        Assert.Equal(HttpStatusCode.Redirect,
            (await asker.PostFormAsync($"/hulp/{s.Requests[0]}", [new("Thanks", "Dank u wel, Vera!")], handler: "Thank")).StatusCode);
        await factory.Mail.WaitForAsync(s.VolunteerEmails[0], "Een bedankje");
        Assert.Contains("Dank u wel, Vera!", (await veraClient.GetPageAsync($"/hulp/voorstel/{errands}")).Text());
        // The resident never sees the worker's closing note.
        Assert.DoesNotContain("Boodschappen gedaan op donderdag", (await asker.GetPageAsync($"/hulp/{s.Requests[0]}")).Text());

        // The history has every step with its date; the figures count them.
        var history = (await worker.GetPageAsync($"/hulp/{s.Requests[0]}")).QuerySelectorAll("ol.history li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, history.Count); // open, proposed, accepted, done
        var figures = (await worker.GetPageAsync("/balie/hulp/cijfers")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Runkelen")).TextContent;
        Assert.Contains("1 van 3 (33%)", figures); // only the errands got a yes so far
        Assert.Contains("Boodschappen 1", figures);
        Assert.Contains("Digitale hulp 2", figures);
    }

    [Fact]
    public async Task The_address_and_phone_are_seen_only_by_staff_the_asker_and_the_volunteer_after_accepting()
    {
        var s = await SetupAsync("privacy", "Zepperen", [HelpKind.Errands], [([HelpKind.Errands], 2), ([HelpKind.Errands], 2)]);
        var request = s.Requests[0];
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync("/balie/burenmatcher?gebied=zepperen", [new($"Pick[{request}]", s.Volunteers[0].ToString())])).StatusCode);
        var match = (await MatchAsync(request)).Id;

        Assert.Contains("Molenweg 7", (await worker.GetPageAsync($"/hulp/{request}")).Text());
        Assert.Contains("Molenweg 7", (await (await factory.SignedInAsync(s.RequesterEmails[0])).GetPageAsync($"/hulp/{request}")).Text());
        var anonymous = factory.ClientFor();
        Assert.Contains("/aanmelden", PathOf((await anonymous.GetAsync($"/hulp/{request}")).Headers.Location));
        Assert.Contains("/aanmelden", PathOf((await anonymous.GetAsync($"/hulp/voorstel/{match}")).Headers.Location));
        foreach (var other in new[] { await factory.ResidentAsync("privacy-buur@example.org"), await factory.SignedInAsync(DemoSeeder.LeadEmail), await factory.SignedInAsync(s.VolunteerEmails[1]) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/hulp/{request}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/hulp/voorstel/{match}")).StatusCode);
        }
        var foreign = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/hulp/{request}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/hulp/voorstel/{match}")).StatusCode);

        // The proposed volunteer: not the request's own page, and on the proposal no address until they accept.
        var volunteer = await factory.SignedInAsync(s.VolunteerEmails[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync($"/hulp/{request}")).StatusCode);
        Assert.DoesNotContain("Molenweg", (await volunteer.GetPageAsync($"/hulp/voorstel/{match}")).Text());
        await volunteer.PostFormAsync($"/hulp/voorstel/{match}", [], handler: "Accept");
        Assert.Contains("Molenweg 7", (await volunteer.GetPageAsync($"/hulp/voorstel/{match}")).Text());
        // Taken back by the worker: the address is gone again.
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(worker, request, "Withdraw")).StatusCode);
        var withdrawn = (await volunteer.GetPageAsync($"/hulp/voorstel/{match}")).Text();
        Assert.Contains("Niet meer nodig", withdrawn);
        Assert.DoesNotContain("Molenweg", withdrawn);
        await factory.Mail!.WaitForAsync(s.VolunteerEmails[0], "Niet meer nodig");
        // Staff reading a request is audited; the volunteer's proposals page lists nothing of others.
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(e => e.Action == Web.Shared.Auditing.AuditActions.HelpRequestChanged && e.Details!.Contains($"help request {request}"))));
    }

    [Fact]
    public async Task Bad_picks_and_forced_steps_are_refused_and_no_one_goes_over_capacity()
    {
        var s = await SetupAsync("fout", "Aalst", [HelpKind.Errands, HelpKind.Errands, HelpKind.Paperwork], [([HelpKind.Errands], 1), ([HelpKind.Errands], 1)]);
        var (first, second, paperwork) = (s.Requests[0], s.Requests[1], s.Requests[2]);
        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        const string matcher = "/balie/burenmatcher?gebied=aalst";

        async Task RefusedAsync(HttpStatusCode code, string says, params KeyValuePair<string, string>[] picks)
        {
            var response = await worker.PostFormAsync(matcher, picks);
            Assert.Equal(code, response.StatusCode);
            Assert.Contains(says, (await response.ReadAsync()).Text());
            Assert.Equal(0, await factory.WithDbAsync(db => db.HelpMatches.IgnoreQueryFilters().CountAsync(m => s.Requests.Contains(m.RequestId))));
        }
        await RefusedAsync(HttpStatusCode.BadRequest, "kan niet helpen", KeyValuePair.Create($"Pick[{paperwork}]", s.Volunteers[0].ToString()));
        await RefusedAsync(HttpStatusCode.BadRequest, "kan deze ronde hoogstens 1", KeyValuePair.Create($"Pick[{first}]", s.Volunteers[0].ToString()), KeyValuePair.Create($"Pick[{second}]", s.Volunteers[0].ToString()));
        await RefusedAsync(HttpStatusCode.BadRequest, "Kies minstens één vrijwilliger");
        await RefusedAsync(HttpStatusCode.BadRequest, "staat niet meer open", KeyValuePair.Create("Pick[999999]", s.Volunteers[0].ToString()));

        // The resident cancels while the worker looks at the proposal: confirming it then sends nothing.
        var asker = await factory.SignedInAsync(s.RequesterEmails[1]);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(asker, second, "Cancel")).StatusCode);
        await RefusedAsync(HttpStatusCode.BadRequest, "staat niet meer open", KeyValuePair.Create($"Pick[{second}]", s.Volunteers[1].ToString()));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(matcher, [new($"Pick[{first}]", s.Volunteers[0].ToString())])).StatusCode);
        var match = (await MatchAsync(first)).Id;
        // Someone else's proposal is not found; the right volunteer can answer once.
        var other = await factory.SignedInAsync(s.VolunteerEmails[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/hulp/voorstel/{match}", [], handler: "Accept", tokenFrom: "/hulp/voorstellen")).StatusCode);
        var volunteer = await factory.SignedInAsync(s.VolunteerEmails[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await volunteer.PostFormAsync($"/hulp/voorstel/{match}", [], handler: "Accept")).StatusCode);
        var twice = await volunteer.PostFormAsync($"/hulp/voorstel/{match}", [], handler: "Accept", tokenFrom: "/hulp/voorstellen");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("al beantwoord", (await twice.ReadAsync()).Text());
        Assert.Equal(HttpStatusCode.Conflict, (await volunteer.PostFormAsync($"/hulp/voorstel/{match}", [], handler: "Decline", tokenFrom: "/hulp/voorstellen")).StatusCode);
        Assert.Equal((1, 60), await VolunteerAsync(s.Volunteers[0]) is var v ? (v.ActiveRequests, v.MinutesTaken) : default);

        // Steps that are not theirs to take, or not now, are refused over HTTP.
        var firstAsker = await factory.SignedInAsync(s.RequesterEmails[0]);
        foreach (var (client, step) in new[] { (firstAsker, "Done"), (firstAsker, "Withdraw"), (firstAsker, "Accept"), (worker, "Accept"), (worker, "Propose"), (worker, "Reopen") })
        {
            var response = await StepAsync(client, first, step);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("Dat kan nu niet meer", (await response.ReadAsync()).Text());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(worker, first, "99")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(worker, first, "Done", new string('x', 501))).StatusCode);
        Assert.Equal(HelpStatus.Accepted, (await RequestAsync(first)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await firstAsker.PostFormAsync($"/hulp/{first}", [new("Thanks", "Te vroeg")], handler: "Thank")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(worker, first, "Done")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await firstAsker.PostFormAsync($"/hulp/{first}", [new("Thanks", "")], handler: "Thank")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await firstAsker.PostFormAsync($"/hulp/{first}", [new("Thanks", "Merci!")], handler: "Thank")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await firstAsker.PostFormAsync($"/hulp/{first}", [new("Thanks", "Nog eens")], handler: "Thank", tokenFrom: "/hulp")).StatusCode);
        Assert.Equal("Merci!", (await MatchAsync(first)).Thanks);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(firstAsker, first, "Cancel")).StatusCode);
        Assert.Equal((0, 0), await VolunteerAsync(s.Volunteers[0]) is var done ? (done.ActiveRequests, done.MinutesTaken) : default);
    }

    [Fact]
    public async Task Two_workers_proposing_the_same_volunteer_at_once_never_pass_the_limit()
    {
        var s = await SetupAsync("tegelijk", "Centrum", [HelpKind.Company, HelpKind.Company, HelpKind.Company, HelpKind.Company], [([HelpKind.Company], 2)]);
        var worker = await factory.UserIdAsync(DemoSeeder.WorkerEmail);
        var outcomes = await Task.WhenAll(s.Requests.Select(request => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var info = await scope.ServiceProvider.GetRequiredService<Web.Shared.Tenancy.MunicipalityDirectory>().ResolveAsync("localhost");
            scope.ServiceProvider.GetRequiredService<Web.Shared.Tenancy.CurrentMunicipality>().Set(info!);
            // The mails link back to the site, as they would from the worker's request.
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext =
                new Microsoft.AspNetCore.Http.DefaultHttpContext { Request = { Scheme = "https", Host = new("localhost") } };
            return await scope.ServiceProvider.GetRequiredService<HelpWork>()
                .ProposeAsync([new HelpWork.Choice(request, s.Volunteers[0], 0.3)], worker, CancellationToken.None);
        })));
        Assert.Equal(2, outcomes.Count(o => o.Count == 0));
        Assert.Equal(2, outcomes.Count(o => o.SingleOrDefault()?.Result == StepResult.Changed("Matcher.VolunteerFull")));
        Assert.Equal((2, 120), await VolunteerAsync(s.Volunteers[0]) is var v ? (v.ActiveRequests, v.MinutesTaken) : default);
        Assert.Equal(2, await factory.WithDbAsync(db => db.HelpMatches.IgnoreQueryFilters().CountAsync(m => s.Requests.Contains(m.RequestId))));
        Assert.Equal(2, await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().CountAsync(r => s.Requests.Contains(r.Id) && r.Status == HelpStatus.Open)));
    }

    [Fact]
    public async Task A_proposal_refused_as_a_whole_leaves_nothing_for_a_later_save_in_the_same_request()
    {
        var s = await SetupAsync("terug", "Centrum", [HelpKind.Company, HelpKind.Company], [([HelpKind.Company], 2)]);
        var (kept, gone, vera) = (s.Requests[0], s.Requests[1], s.Volunteers[0]);
        var worker = await factory.UserIdAsync(DemoSeeder.WorkerEmail);
        await factory.WithDbAsync(db => db.HelpRequests.IgnoreQueryFilters().Where(r => r.Id == gone)
            .ExecuteUpdateAsync(x => x.SetProperty(r => r.Status, HelpStatus.Cancelled))); // the resident cancelled it meanwhile

        using var scope = factory.Services.CreateScope();
        var info = await scope.ServiceProvider.GetRequiredService<Web.Shared.Tenancy.MunicipalityDirectory>().ResolveAsync("localhost");
        scope.ServiceProvider.GetRequiredService<Web.Shared.Tenancy.CurrentMunicipality>().Set(info!);
        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext =
            new Microsoft.AspNetCore.Http.DefaultHttpContext { Request = { Scheme = "https", Host = new("localhost") } };
        var work = scope.ServiceProvider.GetRequiredService<HelpWork>();
        var refused = await work.ProposeAsync([new HelpWork.Choice(kept, vera, 0.3), new HelpWork.Choice(gone, vera, 0.3)], worker, CancellationToken.None);
        Assert.Equal(new HelpWork.Problem(gone, StepResult.Changed()), Assert.Single(refused));

        // The pair that still stands, proposed again in the same request: once, not twice.
        Assert.Empty(await work.ProposeAsync([new HelpWork.Choice(kept, vera, 0.3)], worker, CancellationToken.None));
        Assert.Equal(1, await factory.WithDbAsync(db => db.HelpMatches.IgnoreQueryFilters().CountAsync(m => m.RequestId == kept)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.HelpEvents.IgnoreQueryFilters().CountAsync(e => e.RequestId == kept && e.Step == HelpStep.Propose)));
        Assert.Equal((1, 60), await VolunteerAsync(vera) is var v ? (v.ActiveRequests, v.MinutesTaken) : default);
        Assert.Equal(HelpStatus.Cancelled, (await RequestAsync(gone)).Status);
    }
}
