using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;

namespace Buurtpunt.Web.Features.News;

/// <summary>The demo's news: a pinned item and an older one in Runkelen, and one item per area copy at a larger scale.</summary>
internal sealed class NewsDemo(AppDbContext db, MunicipalClock clock) : IDemoSeed
{
    private static readonly (string Title, string Body)[] ScaledNews =
    [
        ("Buurtfeest op het plein", "Zaterdag is er een **buurtfeest** met muziek, soep en spelletjes voor de kinderen. Iedereen welkom."),
        ("Zitdag digitale hulp", "Elke dinsdag helpen vrijwilligers met uw gsm, laptop of tablet. Breng uw toestel en wachtwoorden mee."),
        ("Nieuwe fietsenstalling aan de kerk", "Er staan nu twintig overdekte plaatsen voor fietsen aan de kerk."),
        ("Wandeling met de buren", "Op zondag wandelen we samen door het dorp. Vertrek om 14 uur aan het buurtpunt."),
    ];

    /// <summary>After People: the community worker writes the news.</summary>
    public int Order => 30;

    public Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var (municipalityId, runkelen, jana) = (scene.Haspenhove.Id, scene.Areas[0], scene.Person(DemoSeeder.WorkerEmail));
        var now = clock.UtcNow;
        db.NewsItems.Add(new NewsItem
        {
            MunicipalityId = municipalityId, AreaId = runkelen.Id, PointId = runkelen.Points[0].Id, Pinned = true,
            AuthorId = jana.Id, PublishedUtc = now.AddDays(-3), UpdatedUtc = now,
            Title = "Repair café op zaterdag",
            Body = "Breng uw kapotte broodrooster, fiets of trui mee. **Vrijwilligers** herstellen het samen met u.\n\n- Zaterdag van 10 tot 13 uur\n- Gratis, koffie staat klaar",
        });
        db.NewsItems.Add(new NewsItem
        {
            MunicipalityId = municipalityId, AreaId = runkelen.Id, AuthorId = jana.Id,
            PublishedUtc = now.AddDays(-10), UpdatedUtc = now,
            Title = "Nieuwe zitbanken aan de kerk",
            Body = "Op vraag van de buurt staan er nu drie zitbanken aan de kerk. Bedankt aan iedereen die meedacht.",
        });
        AddVolume(scene, jana.Id);
        return Task.CompletedTask;
    }

    /// <summary>Areas beyond the first four (<c>Demo:Scale</c> above 1) get an item each, so lists and search have volume.</summary>
    private void AddVolume(DemoScene scene, Guid authorId)
    {
        var now = clock.UtcNow;
        foreach (var (area, i) in scene.Copies.Select((a, i) => (a, i)))
        {
            var (title, body) = ScaledNews[i % ScaledNews.Length];
            db.NewsItems.Add(new NewsItem
            {
                MunicipalityId = scene.Haspenhove.Id, AreaId = area.Id, AuthorId = authorId, PublishedUtc = now.AddDays(-(i % 20)), UpdatedUtc = now,
                Title = title, Body = body,
            });
        }
    }
}
