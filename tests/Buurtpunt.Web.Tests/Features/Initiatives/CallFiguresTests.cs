using System.Net;
using AngleSharp.Html.Dom;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.DecidedScene;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>A call in figures (/beoordeling/oproep/{id}/cijfers): the threshold per track, lead times, counts per status and the budget.</summary>
public class CallFiguresTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    /// <summary>The cells of the row whose header is <paramref name="row"/>, in the table captioned <paramref name="caption"/>.</summary>
    private static List<string> Cells(IHtmlDocument page, string caption, string row)
    {
        var table = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption);
        var line = table.QuerySelectorAll("tr").Single(tr => tr.QuerySelector("th")?.TextContent.Trim().StartsWith(row) == true);
        return [.. line.QuerySelectorAll("td").Select(td => td.TextContent.Trim())];
    }

    [Fact]
    public async Task The_figures_show_what_each_track_asks_how_long_residents_wait_and_what_is_left_of_the_budget()
    {
        var s = await CreateAsync(factory, "cijfers");
        await DecideAsync(s); // started after 3 days, decided after 13
        var waiting = await SubmittedAsync(factory, await factory.ResidentAsync("tweede-cijfers@example.org"), s.Call, "Plantenbakken cijfers");
        Assert.Equal(HttpStatusCode.Redirect, (await s.WorkingGroup.PostFormAsync($"/beoordeling/aanvraag/{waiting}", [], handler: "Step&step=StartReview")).StatusCode);
        await SetBackAsync(factory, waiting, toStart: 5, toDecision: null);
        var draft = await (await factory.ResidentAsync("derde-cijfers@example.org")).PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Create");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        var page = await s.Admin.GetPageAsync($"/beoordeling/oproep/{s.Call}/cijfers");
        // Joining asks 3 required questions and the title; creating 4 of its 5 questions (the file is optional) and the title.
        Assert.Equal(["4", "3", "4: starten, invullen, steun van buren verzamelen, indienen"], Cells(page, "Wat een aanvraag van een bewoner vraagt", "Meedoen"));
        Assert.Equal(["5", "5", "4: starten, invullen, steun van buren verzamelen, indienen"], Cells(page, "Wat een aanvraag van een bewoner vraagt", "Zelf creëren"));
        Assert.Equal(["2", "4", "5", "13", "13"], Cells(page, "Hoe lang bewoners wachten", "Meedoen"));
        Assert.Equal(["0", "–", "–", "–", "–"], Cells(page, "Hoe lang bewoners wachten", "Experimenteren"));
        Assert.Equal(["2", "4", "5", "13", "13"], Cells(page, "Hoe lang bewoners wachten", "Alle sporen"));
        Assert.Equal(["1"], Cells(page, "Aanvragen per stand", "In opmaak"));
        Assert.Equal(["0"], Cells(page, "Aanvragen per stand", "Ingediend"));
        Assert.Equal(["1"], Cells(page, "Aanvragen per stand", "Wordt bekeken"));
        Assert.Equal(["1"], Cells(page, "Aanvragen per stand", "Goedgekeurd"));
        var decided = Cells(page, "Per aanvraag", "Straatfeest cijfers");
        Assert.Equal(("Goedgekeurd", "3", "13"), (decided[0], decided[2], decided[3]));
        var open = Cells(page, "Per aanvraag", "Plantenbakken cijfers");
        Assert.Equal(("Wordt bekeken", "5", "–"), (open[0], open[2], open[3]));
        var budget = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("€ 250.000,00", budget);
        Assert.Contains("€ 1.250,50", budget);
        Assert.Contains("€ 248.749,50", budget);

        // A call that asks no support has one stage less; the working group sees the figures too.
        await factory.WithDbAsync(db => db.Calls.IgnoreQueryFilters().Where(c => c.Id == s.Call).ExecuteUpdateAsync(x => x.SetProperty(c => c.SupportThreshold, 0)));
        var again = await s.WorkingGroup.GetPageAsync($"/beoordeling/oproep/{s.Call}/cijfers");
        Assert.Equal("3: starten, invullen, indienen", Cells(again, "Wat een aanvraag van een bewoner vraagt", "Meedoen")[2]);
    }

    [Fact]
    public async Task The_figures_and_the_council_list_take_a_fixed_number_of_queries()
    {
        var s = await CreateAsync(factory, "tellen");
        await DecideAsync(s);
        string[] urls = [$"/beoordeling/oproep/{s.Call}/cijfers", $"/beoordeling/oproep/{s.Call}/aanvragen.xlsx"];
        async Task<List<string>> CountAsync()
        {
            var counts = new List<string>();
            foreach (var url in urls)
            {
                Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync(url)).StatusCode); // warm up
                factory.Sql.Reset();
                Assert.Equal(HttpStatusCode.OK, (await s.Admin.GetAsync(url)).StatusCode);
                counts.Add($"{url}: {factory.Sql.Count}");
            }
            return counts;
        }
        var before = await CountAsync();

        var rows = await factory.WithDbAsync(async db =>
        {
            var first = await db.Applications.IgnoreQueryFilters().Include(a => a.Track).SingleAsync(a => a.Id == s.Application);
            var reviewers = await db.CallSeats.IgnoreQueryFilters().Where(x => x.CallId == s.Call && x.Panel == Panel.Committee).Select(x => x.PersonId).ToListAsync();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 10; i++)
            {
                var application = new Application
                {
                    MunicipalityId = first.MunicipalityId, CallId = s.Call, TrackId = first.TrackId, ApplicantId = first.ApplicantId, Title = $"Extra {i}",
                    Status = ApplicationStatus.InReview, CreatedUtc = now.AddDays(-9), UpdatedUtc = now, SubmittedUtc = now.AddDays(-8), SupportToken = $"tellen{i}",
                    WorkingGroupOpinion = Opinion.Positive, WorkingGroupAdvice = "Goed",
                    Response = new FormResponse { MunicipalityId = first.MunicipalityId, QuestionnaireId = first.Track!.QuestionnaireId, RespondentId = first.ApplicantId, CreatedUtc = now, UpdatedUtc = now, SubmittedUtc = now },
                };
                db.Applications.Add(application);
                await db.SaveChangesAsync();
                db.ApplicationEvents.Add(new ApplicationEvent { MunicipalityId = first.MunicipalityId, ApplicationId = application.Id, Step = ApplicationStep.StartReview, Status = ApplicationStatus.InReview, AtUtc = now.AddDays(-i) });
                foreach (var reviewer in reviewers)
                    db.Assessments.Add(new Assessment
                    {
                        MunicipalityId = first.MunicipalityId, ApplicationId = application.Id, ReviewerId = reviewer, ScoredUtc = now,
                        Scores = [.. s.Criteria.Select(c => new Score { MunicipalityId = first.MunicipalityId, CriterionId = c, Points = 1 + i % 5 })],
                    });
                for (var n = 0; n < 3; n++)
                    db.Supports.Add(new Support { MunicipalityId = first.MunicipalityId, ApplicationId = application.Id, Name = "Buur", Address = $"Kerkstraat {n}", AddressKey = $"kerkstraat {n}", CreatedUtc = now });
            }
            return await db.SaveChangesAsync();
        });
        Assert.True(rows > 10);

        Assert.Equal(before, await CountAsync());
        Assert.Contains("Extra 9", (await s.Admin.GetPageAsync(urls[0])).Text());
    }
}
