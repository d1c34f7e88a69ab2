using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.Questions;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Tests.Features.Questions;

/// <summary>The question page, the FAQ and the news list take the same number of SQL statements with ×15 more rows.</summary>
public class QuestionsQueryCountTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private async Task<int> CountAsync(string url)
    {
        var client = factory.ClientFor();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode); // warm up
        factory.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return factory.Sql.Count;
    }

    [Fact]
    public async Task Pages_with_many_answers_entries_and_news_take_a_fixed_number_of_queries()
    {
        var question = await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().Where(q => q.Answers.Any()).Select(q => q.Id).FirstAsync());
        string[] urls = [$"/vraag/{question}", "/punt/dorpspunt-runkelen/faq", "/gebied/runkelen/nieuws", "/punt/dorpspunt-runkelen/nieuws.atom"];
        var before = new List<int>();
        foreach (var url in urls) before.Add(await CountAsync(url));

        var longAgo = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-40);
        await factory.WithDbAsync(async db =>
        {
            var point = await db.Points.IgnoreQueryFilters().Where(p => p.Slug == "dorpspunt-runkelen").Select(p => new { p.Id, p.AreaId, p.MunicipalityId }).SingleAsync();
            var authors = await db.Users.IgnoreQueryFilters().Where(u => u.MunicipalityId == point.MunicipalityId).Select(u => u.Id).ToListAsync();
            for (var i = 0; i < 15; i++)
            {
                var author = authors[i % authors.Count];
                db.Answers.Add(new Answer { MunicipalityId = point.MunicipalityId, QuestionId = question, AuthorId = author, EnteredById = author, Body = $"Antwoord {i}", CreatedUtc = longAgo });
                db.FaqEntries.Add(new FaqEntry { MunicipalityId = point.MunicipalityId, PointId = point.Id, AreaId = point.AreaId, Question = $"Vraag {i}", Answer = "Antwoord", UpdatedUtc = longAgo, Category = (QuestionCategory)(i % 6) });
                db.NewsItems.Add(new NewsItem { MunicipalityId = point.MunicipalityId, AreaId = point.AreaId, PointId = i % 2 == 0 ? point.Id : null, AuthorId = author, Title = $"Bericht {i}", Body = "Tekst", PublishedUtc = longAgo, UpdatedUtc = longAgo });
            }
            return await db.SaveChangesAsync();
        });

        var after = new List<int>();
        foreach (var url in urls) after.Add(await CountAsync(url));
        Assert.Equal(urls.Zip(before, (u, c) => $"{u}: {c}"), urls.Zip(after, (u, c) => $"{u}: {c}"));
    }
}
