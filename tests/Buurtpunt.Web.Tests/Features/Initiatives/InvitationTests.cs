using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>
/// Inviting co-applicants mails strangers from the city's sender, so it is no relay: a fixed subject, a body
/// with only the city's words and the link, at most ten invitations a day per account (removed ones count).
/// </summary>
public class InvitationTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<int> DraftAsync(HttpClient applicant)
    {
        var call = await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Title == DemoSeeder.DemoCallTitle).Select(c => c.Id).SingleAsync());
        var started = await applicant.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join");
        return int.Parse(PathOf(started.Headers.Location).Split('/').Last());
    }

    private static Task<HttpResponseMessage> InviteAsync(HttpClient applicant, int application, string email, string name = "Buur") =>
        applicant.PostFormAsync($"/aanvraag/{application}/samen", [F("Name", name), F("Email", email)], handler: "Invite");

    [Fact]
    public async Task The_invitation_mail_has_a_fixed_subject_and_names_the_application_only_by_its_link()
    {
        var applicant = await factory.ResidentAsync("uitnodiger-tekst@example.org");
        var id = await DraftAsync(applicant);
        // Everything the inviter controls: their display name, the title, and the name they type for the invitee.
        await factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "uitnodiger-tekst@example.org")
            .ExecuteUpdateAsync(x => x.SetProperty(u => u.DisplayName, "Uw bank: betaal nu")));
        await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == id)
            .ExecuteUpdateAsync(x => x.SetProperty(a => a.Title, "Gratis prijs op www.oplichter.example")));
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(applicant, id, "ontvanger-tekst@example.org", "Klik op www.oplichter.example")).StatusCode);

        var mail = await factory.Mail!.WaitForAsync("ontvanger-tekst@example.org", "nodigt u uit");
        Assert.Equal("Een buur nodigt u uit om samen een project aan te vragen", mail.Subject);
        var everything = mail.Subject + "\n" + mail.TextBody + "\n" + mail.To;
        Assert.DoesNotContain("betaal nu", everything);
        Assert.DoesNotContain("oplichter", everything);
        Assert.DoesNotContain("Gratis prijs", everything);
        Assert.StartsWith("/meedoen/", PathOf(new Uri(MailSink.LinkIn(mail))));
    }

    [Fact]
    public async Task Ten_invitations_a_day_per_account_over_all_its_applications_and_removing_one_does_not_free_the_cap()
    {
        var applicant = await factory.ResidentAsync("uitnodiger-plafond@example.org");
        var (first, second) = (await DraftAsync(applicant), await DraftAsync(applicant));
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(applicant, first, $"plafond-a{i}@example.org")).StatusCode);
        var removed = await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().Where(c => c.ApplicationId == first).Select(c => new { c.Id, c.Token }).ToListAsync());
        foreach (var invitation in removed)
            Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync($"/aanvraag/{first}/samen", [], handler: $"Remove&person={invitation.Id}")).StatusCode);
        Assert.Contains("U vraagt nog alleen aan", (await applicant.GetPageAsync($"/aanvraag/{first}/samen")).Text());
        // A removed invitation keeps no address, and its link no longer works.
        Assert.All(await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().Where(c => c.ApplicationId == first).ToListAsync()),
            c => Assert.True(c.RemovedUtc is not null && c.Email == "" && c.Name == ""));
        var invitee = await factory.ResidentAsync("plafond-a0@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/meedoen/{removed[0].Token}")).StatusCode);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(applicant, second, $"plafond-b{i}@example.org")).StatusCode);
        var refused = await InviteAsync(applicant, first, "plafond-a9@example.org");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await refused.ReadAsync();
        Assert.Contains("U hebt de voorbije 24 uur al 10 uitnodigingen verstuurd", page.Text());
        Assert.NotNull(page.QuerySelector("input[name=Email]"));
        Assert.False(await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().AnyAsync(c => c.Email == "plafond-a9@example.org")));

        // A day later the account may invite again; the address taken back may be invited anew.
        factory.Clock.Advance(TimeSpan.FromHours(25));
        var again = await factory.SignedInAsync("uitnodiger-plafond@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(again, first, "plafond-a0@example.org")).StatusCode);
    }

    [Fact]
    public async Task Twelve_invitations_at_the_same_moment_store_exactly_ten()
    {
        var applicant = await factory.ResidentAsync("uitnodiger-tegelijk@example.org");
        var drafts = new[] { await DraftAsync(applicant), await DraftAsync(applicant), await DraftAsync(applicant) };
        var posts = new List<(string Url, string Token, int I)>();
        for (var i = 0; i < 12; i++)
        {
            var url = $"/aanvraag/{drafts[i % 3]}/samen";
            posts.Add((url, (await applicant.GetPageAsync(url)).QuerySelector("form[action*=Invite] input[name=__RequestVerificationToken]")!.GetAttribute("value")!, i));
        }
        var responses = await Task.WhenAll(posts.Select(p => applicant.PostAsync($"{p.Url}?handler=Invite", new FormUrlEncodedContent(
            [F("Name", "Buur"), F("Email", $"tegelijk{p.I}@example.org"), F("__RequestVerificationToken", p.Token)]))));
        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(10, await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().CountAsync(c => drafts.Contains(c.ApplicationId))));
    }
}

/// <summary>Inviting sends mail: a burst of invitations meets the mail rate limit.</summary>
public class InvitationRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task A_burst_of_invitations_is_refused_by_the_mail_rate_limit()
    {
        var applicant = await factory.ResidentAsync("uitnodiger-stoot@example.org");
        var call = await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Title == DemoSeeder.DemoCallTitle).Select(c => c.Id).SingleAsync());
        var id = int.Parse(PathOf((await applicant.PostFormAsync($"/oproep/{call}", [], handler: "Start&track=Join")).Headers.Location).Split('/').Last());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await applicant.PostFormAsync($"/aanvraag/{id}/samen", [new("Name", "Buur"), new("Email", $"stoot{i}@example.org")], handler: "Invite")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().CountAsync(c => c.ApplicationId == id)) < 5);
    }
}
