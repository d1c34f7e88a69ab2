using System.Net;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Places;

public class OutputCacheTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    [Fact]
    public async Task A_repeated_anonymous_visit_is_served_without_touching_the_database()
    {
        var client = factory.ClientFor();
        await client.GetPageAsync("/punt/dorpspunt-runkelen");
        factory.Sql.Reset();
        await client.GetPageAsync("/punt/dorpspunt-runkelen");
        Assert.Equal(0, factory.Sql.Count);
    }

    [Fact]
    public async Task Each_language_is_cached_on_its_own()
    {
        var dutch = await factory.ClientFor().GetPageAsync("/");
        var english = factory.ClientFor();
        await english.GetAsync("/taal/en");
        Assert.Equal("en", (await english.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("nl-BE", dutch.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_change_by_an_administrator_is_visible_at_once()
    {
        Assert.DoesNotContain("Gorsem", (await factory.ClientFor().GetPageAsync("/")).Text());
        var admin = await factory.SignedInAsync();
        var response = await admin.PostFormAsync("/beheer/gebieden", [new("Input.Name", "Gorsem"), new("Input.Kind", "Village"), new("Input.SortOrder", "5")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Gorsem", (await factory.ClientFor().GetPageAsync("/")).Text());
    }

    [Fact]
    public async Task The_other_municipality_gets_its_own_page_from_the_cache()
    {
        await factory.ClientFor().GetPageAsync("/");
        var second = await factory.ClientFor("tweede.localhost").GetPageAsync("/");
        Assert.Equal("Gemeente Beekdonk", second.H1());
    }
}

public class QuestionsOutputCacheTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    private const string List = "/punt/dorpspunt-runkelen/vragen";

    [Fact]
    public async Task Question_and_news_pages_are_cached_for_visitors_and_dropped_on_every_change()
    {
        var visitor = factory.ClientFor();
        foreach (var url in new[] { List, "/gebied/runkelen/nieuws", "/punt/dorpspunt-runkelen/faq", "/gebied/runkelen/nieuws.atom" })
        {
            await visitor.GetAsync(url);
            factory.Sql.Reset();
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(url)).StatusCode);
            Assert.True(factory.Sql.Count == 0, $"{url} went to the database");
        }

        // A new question shows at once.
        var resident = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.ResidentEmail);
        var asked = await resident.PostFormAsync($"{List}/nieuw", [new("Input.Title", "Wie heeft een ladder te leen?"), new("Input.Body", "Voor één dag."), new("Input.Category", "Neighbourhood")]);
        Assert.Contains("Wie heeft een ladder te leen?", (await visitor.GetPageAsync(List)).Text());

        // Hidden by a worker: gone at once.
        var id = asked.Headers.Location!.OriginalString.Split('/').Last();
        await resident.PostFormAsync($"/vraag/{id}", [new("kind", "Question"), new("contributionId", id), new("reason", "Other")], "Flag");
        var worker = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.WorkerEmail);
        await worker.PostFormAsync("/balie/meldingen", [new("kind", "Question"), new("id", id), new("reason", "Dubbel gevraagd.")], "Hide");
        Assert.DoesNotContain("ladder", (await visitor.GetPageAsync(List)).Text());
    }
}

public class ActivitiesOutputCacheTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    [Fact]
    public async Task A_registration_refreshes_places_left_but_keeps_the_costly_feed_which_an_activity_change_drops()
    {
        var visitor = factory.ClientFor();
        var date = await factory.WithDbAsync(db => db.Occurrences.IgnoreQueryFilters()
            .Where(o => o.Activity!.Title == "Repair café").OrderBy(o => o.StartUtc).Select(o => o.Id).FirstAsync());
        Assert.Contains("Nog 8 plaatsen vrij", (await visitor.GetPageAsync($"/activiteit/{date}")).Text());
        await visitor.GetAsync("/agenda.ics");

        await factory.PersonAsync("cache@example.org", [(Web.Features.People.Role.Resident, null)]);
        var resident = await factory.SignedInAsync("cache@example.org");
        await resident.PostFormAsync($"/activiteit/{date}", [new("People", "1")], "Register");
        Assert.Contains("Nog 7 plaatsen vrij", (await visitor.GetPageAsync($"/activiteit/{date}")).Text());
        factory.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/agenda.ics")).StatusCode);
        Assert.Equal(0, factory.Sql.Count); // the feed did not change, so it was not made again

        var lead = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.LeadEmail);
        await lead.PostFormAsync($"/beheer/activiteiten/datum/{date}", [new("Cancel.Reason", "Geen herstellers")], "Cancel");
        var feed = await (await visitor.GetAsync("/agenda.ics")).Content.ReadAsStringAsync();
        Assert.Contains("EXDATE", feed);
    }
}
