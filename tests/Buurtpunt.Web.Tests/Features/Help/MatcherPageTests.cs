using System.Net;
using Buurtpunt.Core.Help;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Help;

/// <summary>The matcher page proposes volunteers for a whole area at once and explains itself.</summary>
public class MatcherPageTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Three_requests_two_volunteers_get_the_best_proposal_and_the_rest_a_reason()
    {
        var (municipality, area) = (await factory.MunicipalityIdAsync(),
            await factory.AreaIdAsync("Runkelen"));
        var people = new List<Guid>();
        foreach (var name in new[] { "an", "bo", "cas", "vera", "wout" })
            people.Add(await factory.PersonAsync($"match-{name}@example.org", [(Role.Resident, null)]));
        var thursday = new DateOnly(2026, 11, 26);
        await factory.WithDbAsync(db =>
        {
            HelpRequest Ask(Guid who, HelpKind kind, Needs needs = Needs.None) => new()
            {
                MunicipalityId = municipality, AreaId = area, RequesterId = who, Kind = kind, Description = "Graag hulp.", Address = "Kerkstraat 1",
                Date = thursday, From = new TimeOnly(9, 0), Until = new TimeOnly(12, 0), Minutes = 60, Needs = needs, Status = HelpStatus.Open,
                CreatedUtc = DateTime.UtcNow, StatusChangedUtc = DateTime.UtcNow,
            };
            db.HelpRequests.AddRange(Ask(people[0], HelpKind.Errands), Ask(people[1], HelpKind.DigitalHelp), Ask(people[2], HelpKind.Paperwork));
            Volunteer Offer(Guid who, HelpKind[] kinds, int max) => new()
            {
                MunicipalityId = municipality, UserId = who, AreaId = area, Kinds = [.. kinds], Languages = ["nl"], Slots = [9], RangeKm = 5,
                MaxRequests = max, HoursPerWeek = 4, ApprovedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
            };
            db.Volunteers.AddRange(Offer(people[3], [HelpKind.Errands, HelpKind.DigitalHelp], 1), Offer(people[4], [HelpKind.DigitalHelp], 1));
            return db.SaveChangesAsync();
        });

        var worker = await factory.SignedInAsync(DemoSeeder.WorkerEmail);
        var page = await worker.GetPageAsync("/balie/burenmatcher?gebied=runkelen");
        Assert.Contains("2 van de 3 open vragen krijgen een voorstel", page.Text());
        var rows = page.QuerySelectorAll("table.list tbody tr")
            .Select(r => (Request: r.Children[0].TextContent, Picked: r.QuerySelector("option[selected]")?.TextContent ?? "", Why: r.Children[2].TextContent)).ToList();
        // Vera does errands (only she can); Wout the digital help: both served, nobody overloaded.
        Assert.Contains(rows, r => r.Request.Contains("Boodschappen") && r.Picked.StartsWith("Test match-vera"));
        Assert.Contains(rows, r => r.Request.Contains("Digitale hulp") && r.Picked.StartsWith("Test match-wout"));
        Assert.Contains(rows, r => r.Request.Contains("Papieren") && r.Picked == "" && r.Why.Contains("wie dit aanbiedt, woont te ver")); // the demo's Samira, in Centrum
        Assert.NotNull(page.QuerySelector("form[method=post] button[type=submit]"));

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/balie/burenmatcher?gebied=atlantis")).StatusCode);
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        Assert.StartsWith("/fout/403", PathOf((await lead.GetAsync("/balie/burenmatcher?gebied=runkelen")).Headers.Location));
    }
}
