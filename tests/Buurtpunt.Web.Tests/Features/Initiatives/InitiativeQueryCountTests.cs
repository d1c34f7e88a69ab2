using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>The review and project pages and the showcase take the same number of SQL statements with 1 or 11 projects, and with 1 or 6 of everything per project.</summary>
public class InitiativeQueryCountTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task Statements_per_initiative_page_do_not_grow_with_the_data()
    {
        var s = await CreateAsync(factory, "aantallen");
        await DecidedScene.DecideAsync(s);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Admin, ApplicationStep.Start, F("Input.StartedOn", factory.Clock.GetUtcNow().ToString("yyyy-MM-dd")))).StatusCode);
        await AddAsync(s, applications: 0, perApplication: 1);
        (HttpClient Client, string Url)[] pages =
        [
            (s.Admin, "/beoordeling"), (s.Admin, $"/beoordeling/oproep/{s.Call}"), (s.Admin, s.File), (s.Member, s.File),
            (s.Admin, $"/aanvraag/{s.Application}/project"), (s.Applicant, $"/aanvraag/{s.Application}"),
            (factory.ClientFor(), "/realisaties"), (factory.ClientFor(), $"/realisatie/{s.Application}"),
        ];
        async Task<List<string>> CountAsync()
        {
            var counts = new List<string>();
            foreach (var (client, url) in pages)
            {
                await client.GetPageAsync(url); // warm up
                factory.Sql.Reset();
                await client.GetPageAsync(url);
                counts.Add($"{url}: {factory.Sql.Count}");
            }
            return counts;
        }
        var before = await CountAsync();
        await AddAsync(s, applications: 10, perApplication: 5);
        Assert.Equal(before, await CountAsync());
    }

    /// <summary>More running projects in the call, and more payments, receipts, news, budget lines, supports and events on each (the scene's own included).</summary>
    private Task AddAsync(ReviewScene s, int applications, int perApplication) => factory.WithDbAsync(async db =>
    {
        var first = await db.Applications.IgnoreQueryFilters().Include(a => a.Track).SingleAsync(a => a.Id == s.Application);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var ids = new List<int> { first.Id };
        for (var i = 0; i < applications; i++)
        {
            var application = new Application
            {
                MunicipalityId = first.MunicipalityId, CallId = s.Call, TrackId = first.TrackId, ApplicantId = first.ApplicantId, Title = $"Project {i}",
                Status = ApplicationStatus.Running, CreatedUtc = now, UpdatedUtc = now, SubmittedUtc = now, DecidedUtc = now, GrantedCents = 100_00, SupportToken = $"aantal{i}",
                AreaId = first.AreaId, StartedOn = DateOnly.FromDateTime(now),
                Response = new FormResponse { MunicipalityId = first.MunicipalityId, QuestionnaireId = first.Track!.QuestionnaireId, RespondentId = first.ApplicantId, CreatedUtc = now, UpdatedUtc = now },
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            ids.Add(application.Id);
        }
        foreach (var id in ids)
            for (var k = 0; k < perApplication; k++)
            {
                var tag = $"{id}-{k}-{applications}";
                db.Payments.Add(new Payment { MunicipalityId = first.MunicipalityId, ApplicationId = id, AmountCents = 1, PaidOn = DateOnly.FromDateTime(now), RecordedUtc = now });
                db.Receipts.Add(new Receipt { MunicipalityId = first.MunicipalityId, ApplicationId = id, AmountCents = 1, Description = "Bon", FileKey = new string('a', 32), FileName = "bon.pdf", UploadedUtc = now });
                db.ProgressUpdates.Add(new ProgressUpdate { MunicipalityId = first.MunicipalityId, ApplicationId = id, Text = $"Nieuws {tag}", PostedUtc = now.AddMinutes(k) });
                db.BudgetLines.Add(new BudgetLine { MunicipalityId = first.MunicipalityId, ApplicationId = id, Position = k + 1, Item = $"Regel {tag}", AmountCents = 100 });
                db.Supports.Add(new Support { MunicipalityId = first.MunicipalityId, ApplicationId = id, Name = "Buur", Address = $"Straat {tag}", AddressKey = $"straat {tag}", CreatedUtc = now });
                db.ApplicationEvents.Add(new ApplicationEvent { MunicipalityId = first.MunicipalityId, ApplicationId = id, Step = ApplicationStep.Recommend, Status = ApplicationStatus.InReview, AtUtc = now });
            }
        return await db.SaveChangesAsync();
    });
}
