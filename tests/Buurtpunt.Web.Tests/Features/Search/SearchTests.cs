using Microsoft.EntityFrameworkCore.Infrastructure;
using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Questions;
using Buurtpunt.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;

namespace Buurtpunt.Web.Tests.Features.Search;

/// <summary>
/// One search box over questions, FAQ, news, points and services, with Dutch examples. Runs on
/// SQLite (FTS5) and on PostgreSQL (tsvector): the same expectations hold for both engines.
/// </summary>
public class SearchTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private sealed record Result(string Title, string Kind, string? Url, string Html);

    private async Task<List<Result>> SearchAsync(string query, string filters = "", string host = "localhost")
    {
        var page = await factory.ClientFor(host).GetPageAsync($"/zoeken?q={Uri.EscapeDataString(query)}{filters}");
        return page.QuerySelectorAll(".search-result").Select(r => new Result(
            r.QuerySelector("h2")!.TextContent.Trim(), r.QuerySelector(".kind")!.TextContent.Trim(),
            r.QuerySelector("h2 a")?.GetAttribute("href"), r.InnerHtml)).ToList();
    }

    private async Task<int> AddQuestionAsync(string title, string body, string area = "Runkelen", bool isPrivate = false)
    {
        var (municipality, point) = (await factory.MunicipalityIdAsync(), await factory.PointIdAsync(area));
        return await factory.WithDbAsync(async db =>
        {
            var question = new Question { MunicipalityId = municipality, PointId = point, Title = title, Body = body, Private = isPrivate, CreatedUtc = factory.Clock.GetUtcNow().UtcDateTime };
            db.Questions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });
    }

    [Theory]
    [InlineData("fietsen", "Repair café op zaterdag")]          // "fiets" in the text
    [InlineData("cafe", "Repair café op zaterdag")]             // without the accent
    [InlineData("ZITBANK", "Nieuwe zitbanken aan de kerk")]     // singular finds plural, any case
    [InlineData("identiteitskaarten aanvragen", "Waar vraag ik een nieuwe identiteitskaart aan?")]
    [InlineData("ziekenhuizen", "Rijdt er op zondag een bus naar het ziekenhuis?")]
    [InlineData("vuilniszak", "Vuilniszakken per stuk")]
    [InlineData("vélos partagés", "Mobipunt: deelfietsen en deelauto")] // the French name of a service
    [InlineData("shared bikes", "Mobipunt: deelfietsen en deelauto")]   // and the English one
    public async Task Dutch_words_find_their_forms_and_other_languages_find_their_names(string query, string expected) =>
        Assert.Contains(expected, (await SearchAsync(query)).Select(r => r.Title));

    [Fact]
    public async Task A_french_reader_searches_in_french_and_reads_the_french_names()
    {
        var french = factory.ClientFor();
        await french.GetAsync("/taal/fr-BE");
        var page = await french.GetPageAsync("/zoeken?q=" + Uri.EscapeDataString("vélos partagés"));
        Assert.Contains("Rechercher", page.QuerySelector("h1")!.TextContent);
        var service = page.QuerySelectorAll(".search-result").Single(r => r.QuerySelector(".kind")!.TextContent.Trim() == "Service");
        Assert.Equal("Mobipoint : vélos et voiture partagés", service.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("<mark>vélos</mark>", service.InnerHtml);
    }

    [Fact]
    public async Task The_matching_words_are_marked_and_text_people_wrote_stays_text()
    {
        var results = await SearchAsync("fietsen");
        var news = results.Single(r => r.Title == "Repair café op zaterdag");
        Assert.Contains("<mark>fiets</mark>", news.Html);
        Assert.StartsWith("/nieuws/", news.Url);

        await AddQuestionAsync("<script>alert('zoekxss')</script> zoekxss", "<img src=x onerror=alert(1)> zoekxss");
        var page = await factory.ClientFor().GetAsync("/zoeken?q=zoekxss");
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("<mark>zoekxss</mark>", html);
    }

    [Fact]
    public async Task A_word_in_the_title_ranks_above_the_same_word_in_the_text()
    {
        var inText = await AddQuestionAsync("Wie kan mij helpen met vervoer?", "Ik zoek iemand met een bakfiets of een aanhangwagen om een kast te verhuizen naar mijn dochter.");
        var inTitle = await AddQuestionAsync("Waar kan ik een bakfiets lenen?", "Voor de boodschappen op zaterdag.");
        var urls = (await SearchAsync("bakfietsen")).Select(r => r.Url).ToList();
        Assert.Equal([$"/vraag/{inTitle}", $"/vraag/{inText}"], urls);
    }

    [Fact]
    public async Task Documents_with_every_word_come_first_and_otherwise_those_with_some()
    {
        var both = await AddQuestionAsync("Rolstoel in de bus naar Hasselt?", "Kan een rolstoel mee op de belbus?");
        var all = await SearchAsync("rolstoel belbus");
        Assert.Equal([$"/vraag/{both}"], all.Select(r => r.Url));

        var page = await factory.ClientFor().GetPageAsync("/zoeken?q=rolstoel+onbestaandwoordxyz");
        Assert.Contains("Niets bevat al uw woorden", page.Text());
        Assert.Contains($"/vraag/{both}", page.QuerySelectorAll(".search-result h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Results_are_filtered_by_kind_and_area()
    {
        var services = await SearchAsync("koffie", "&soort=dienst");
        Assert.Equal(["Koffie en een babbel"], services.Select(r => r.Title));
        Assert.Contains("Dorpspunt Zepperen", services[0].Html); // the points that offer it, linked

        var points = await SearchAsync("koffie", "&soort=punt&gebied=zepperen");
        Assert.Equal(["Dorpspunt Zepperen"], points.Select(r => r.Title));
        Assert.All(await SearchAsync("zaterdag", "&gebied=zepperen"), r => Assert.DoesNotContain("Runkelen", r.Html));
        Assert.Contains("Repair café op zaterdag", (await SearchAsync("zaterdag", "&gebied=runkelen")).Select(r => r.Title));

        var page = await factory.ClientFor().GetPageAsync("/zoeken?q=koffie");
        var kinds = page.QuerySelectorAll(".search-kinds a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(kinds, k => k.StartsWith("Dienst (1)"));
        Assert.Contains(kinds, k => k.StartsWith("Buurtpunt ("));
    }

    [Fact]
    public async Task Private_hidden_and_removed_things_are_never_found_and_changes_show_at_once()
    {
        await AddQuestionAsync("Schulden en een brief van de deurwaarder", "Privé: zoekgeheim", isPrivate: true);
        Assert.Empty(await SearchAsync("zoekgeheim"));

        var id = await AddQuestionAsync("Waar kan ik oud papier kwijt?", "Zoekwoord zoekpapier.");
        Assert.Single(await SearchAsync("zoekpapier"));
        await factory.WithDbAsync(async db =>
        {
            var question = await db.Questions.IgnoreQueryFilters().SingleAsync(q => q.Id == id);
            question.HiddenUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await SearchAsync("zoekpapier"));

        var answered = await AddQuestionAsync("Wie kent een goede loodgieter?", "Het lekt.");
        var answer = await factory.WithDbAsync(async db =>
        {
            var a = new Answer { MunicipalityId = await factory.MunicipalityIdAsync(), QuestionId = answered, Body = "Vraag het aan zoekloodgieter Jan.", CreatedUtc = DateTime.UtcNow };
            db.Answers.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
        Assert.Equal([$"/vraag/{answered}"], (await SearchAsync("zoekloodgieter")).Select(r => r.Url)); // answers are part of their question
        await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters().Where(a => a.Id == answer).ExecuteDeleteAsync());
        await factory.WithDbAsync(async db => { await db.GetService<SearchIndex>().RefreshAsync<Question>(db, [answered], default); return 0; });
        Assert.Empty(await SearchAsync("zoekloodgieter"));

        await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().Where(q => q.Id == answered).ExecuteDeleteAsync());
        Assert.Empty(await SearchAsync("loodgieter")); // the database cascades to the document
    }

    [Fact]
    public async Task A_resident_asks_and_the_question_is_found_at_once()
    {
        await factory.PersonAsync("zoeker@example.org", [(Web.Features.People.Role.Resident, null)]);
        var resident = await factory.SignedInAsync("zoeker@example.org");
        var asked = await resident.PostFormAsync("/punt/dorpspunt-runkelen/vragen/nieuw",
            [F("Input.Title", "Hoe werkt de zoekgrasmaaier van de buurt?"), F("Input.Body", "Ik wil hem lenen."), F("Input.Category", "Neighbourhood"), F("Input.Private", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal([PathOf(asked.Headers.Location)], (await SearchAsync("zoekgrasmaaiers")).Select(r => r.Url));
    }

    [Fact]
    public async Task News_planned_for_later_is_found_from_its_day()
    {
        var (municipality, area) = (await factory.MunicipalityIdAsync(), await factory.AreaIdAsync("Runkelen"));
        var publish = factory.Clock.GetUtcNow().UtcDateTime.AddDays(3);
        await factory.WithDbAsync(db =>
        {
            db.NewsItems.Add(new Web.Features.News.NewsItem { MunicipalityId = municipality, AreaId = area, Title = "Zoekkerstmarkt op het plein", Body = "Gezellig.", PublishedUtc = publish, UpdatedUtc = publish });
            return db.SaveChangesAsync();
        });
        Assert.Empty(await SearchAsync("zoekkerstmarkt"));
        factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Single(await SearchAsync("zoekkerstmarkt"));
    }

    [Fact]
    public async Task Another_municipality_never_finds_this_ones_content()
    {
        Assert.NotEmpty(await SearchAsync("identiteitskaart"));
        Assert.Empty(await SearchAsync("identiteitskaart", host: "tweede.localhost"));
        Assert.Empty(await SearchAsync("Runkelen", host: "tweede.localhost"));
        Assert.Contains("Buurtpunt Vlotgras", (await SearchAsync("Vlotgras", host: "tweede.localhost")).Select(r => r.Title));
        Assert.Empty(await SearchAsync("Vlotgras"));
    }

    [Theory]
    [InlineData("\"fiets")]
    [InlineData("fiets*")]
    [InlineData("NEAR(fiets kerk, 2)")]
    [InlineData("fiets OR kerk AND NOT bus")]
    [InlineData("((()))")]
    [InlineData("fiets:* & !kerk | <-> bus")]
    [InlineData("'; DROP TABLE \"SearchDocuments\"; --")]
    [InlineData("TitleTerms:fiets")]
    [InlineData("^fiets -kerk + \\ {bus}")]
    public async Task Search_operators_typed_by_a_person_are_ordinary_characters(string query)
    {
        var response = await factory.ClientFor().GetAsync($"/zoeken?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters().AnyAsync()));
    }

    [Fact]
    public async Task Bad_search_input_gets_a_clear_message_and_a_4xx()
    {
        var client = factory.ClientFor();
        var tooLong = await client.GetAsync("/zoeken?q=" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("te lang", (await tooLong.ReadAsync()).QuerySelector(".problems")!.TextContent);

        var unknownKind = await client.GetAsync("/zoeken?q=fiets&soort=alles-en-nog-wat");
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Contains("Kies uit de lijst", (await unknownKind.ReadAsync()).QuerySelector(".problems")!.TextContent);

        var unknownArea = await client.GetAsync("/zoeken?q=fiets&gebied=atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, unknownArea.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/zoeken?q=fiets&pagina=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/zoeken?q=fiets&pagina=99999")).StatusCode);

        var common = await client.GetPageAsync("/zoeken?q=de+het+een");
        Assert.Contains("Typ een woord dat meer zegt", common.Text());
        Assert.Contains("Waar zoekt u?", (await client.GetPageAsync("/zoeken")).Text());
    }

    [Fact]
    public async Task Results_page_through_twenty_at_a_time()
    {
        for (var i = 0; i < 23; i++) await AddQuestionAsync($"Zoekpagina vraag {i}", "Tekst.");
        var first = await factory.ClientFor().GetPageAsync("/zoeken?q=zoekpagina");
        Assert.Equal(20, first.QuerySelectorAll(".search-result").Length);
        Assert.Contains("23 resultaten", first.Text());
        var next = first.QuerySelector(".paging a[rel=next]")!.GetAttribute("href")!;
        var second = await factory.ClientFor().GetPageAsync(next);
        Assert.Equal(3, second.QuerySelectorAll(".search-result").Length);
        Assert.Equal("21", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task The_rebuild_gives_back_the_same_index()
    {
        // Equal scores may come in another order: the documents have new ids.
        var before = (await SearchAsync("koffie")).Select(r => r.Title).Order().ToList();
        var count = await factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters().CountAsync());
        Assert.Equal(count, await factory.WithDbAsync(db => db.GetService<SearchIndex>().RebuildAsync(db, default)));
        Assert.Equal(before, (await SearchAsync("koffie")).Select(r => r.Title).Order().ToList());
        if (factory.Provider == "Sqlite")
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES ('integrity-check')"));
    }

    [Fact]
    public async Task Renaming_a_point_updates_its_document_and_the_links_to_its_faq()
    {
        var point = await factory.PointIdAsync("Aalst");
        await factory.WithDbAsync(async db =>
        {
            var p = await db.Points.IgnoreQueryFilters().SingleAsync(x => x.Id == point);
            p.Name = "Dorpspunt Zoekhoeve";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["Dorpspunt Zoekhoeve"], (await SearchAsync("zoekhoeve", "&soort=punt")).Select(r => r.Title));
        Assert.DoesNotContain("Dorpspunt Aalst", (await SearchAsync("dorpspunt", "&soort=punt")).Select(r => r.Title));
    }
}
