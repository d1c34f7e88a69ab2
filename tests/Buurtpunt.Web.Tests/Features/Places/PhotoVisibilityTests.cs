using System.Net;
using Buurtpunt.Testing;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.Initiatives.Pages;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Buurtpunt.Web.Tests.Features.Places;

/// <summary>/foto/{id} serves a photo only while what it belongs to is visible to the reader.</summary>
public class PhotoVisibilityTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    /// <summary>A stored photo of Haspenhove, attached to whatever <paramref name="attach"/> adds.</summary>
    private async Task<int> PhotoAsync(Func<AppDbContext, int, int, Task> attach)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipalityId = await db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.Host == "localhost").Select(h => h.MunicipalityId).SingleAsync();
        using var bitmap = new SKBitmap(64, 48);
        var (stored, _) = scope.ServiceProvider.GetRequiredService<PhotoStore>().Save(municipalityId, bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray());
        var photo = new Photo { MunicipalityId = municipalityId, AltText = "Test", StorageKey = stored!.Key, Width = 64, Height = 48, CreatedUtc = DateTime.UtcNow };
        db.Photos.Add(photo);
        await db.SaveChangesAsync();
        await attach(db, municipalityId, photo.Id);
        await db.SaveChangesAsync();
        return photo.Id;
    }

    private Task<int> NewsPhotoAsync(string area, TimeSpan fromNow) => PhotoAsync(async (db, municipalityId, photoId) =>
        db.NewsItems.Add(new NewsItem
        {
            MunicipalityId = municipalityId, AreaId = await db.Areas.IgnoreQueryFilters().Where(a => a.Name == area).Select(a => a.Id).SingleAsync(),
            Title = "Met foto", Body = "Tekst", PhotoId = photoId, PublishedUtc = factory.Clock.GetUtcNow().UtcDateTime + fromNow,
        }));

    private Task<int> ProjectPhotoAsync(bool realised) => PhotoAsync(async (db, municipalityId, photoId) =>
        db.ProgressUpdates.Add(new ProgressUpdate
        {
            MunicipalityId = municipalityId, Text = "Nieuws", PhotoId = photoId, PostedUtc = DateTime.UtcNow,
            ApplicationId = await db.Applications.IgnoreQueryFilters()
                .Where(a => a.MunicipalityId == municipalityId && Buurtpunt.Core.Initiatives.ApplicationFlow.Realised.Contains(a.Status) == realised).Select(a => a.Id).FirstAsync(),
        }));

    private async Task<HttpStatusCode> StatusAsync(HttpClient client, int photoId) => (await client.GetAsync($"/foto/{photoId}/s")).StatusCode;

    [Fact]
    public async Task Photos_of_points_published_news_showcased_projects_and_the_logo_are_public()
    {
        var point = await PhotoAsync(async (db, _, photoId) =>
            (await db.Photos.IgnoreQueryFilters().SingleAsync(p => p.Id == photoId)).PointId = await factory.PointIdAsync("Runkelen"));
        var news = await NewsPhotoAsync("Runkelen", TimeSpan.FromDays(-1));
        var project = await ProjectPhotoAsync(realised: true);
        var logo = await PhotoAsync(async (db, municipalityId, photoId) =>
            (await db.Municipalities.IgnoreQueryFilters().SingleAsync(m => m.Id == municipalityId)).LogoPhotoId = photoId);

        var anyone = factory.ClientFor();
        foreach (var id in new[] { point, news, project, logo })
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(anyone, id));
        // Another municipality does not know them.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(factory.ClientFor("tweede.localhost"), point));
    }

    [Fact]
    public async Task Photos_of_scheduled_news_unpublic_projects_and_of_nothing_are_not_found()
    {
        var scheduled = await NewsPhotoAsync("Runkelen", TimeSpan.FromDays(10));
        var project = await ProjectPhotoAsync(realised: false);
        var orphan = await PhotoAsync((_, _, _) => Task.CompletedTask);

        var anyone = factory.ClientFor();
        var neighbour = await factory.ResidentAsync("buur@voorbeeld.example");
        foreach (var id in new[] { scheduled, project, orphan })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anyone, id));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(neighbour, id));
        }
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anyone, orphan + 1000));
        // The project itself sees its own news on its page before the showcase does (the demo resident applied).
        var applicant = await (await factory.SignedInAsync(DemoSeeder.ResidentEmail)).GetAsync($"/foto/{project}/s");
        Assert.Equal(HttpStatusCode.OK, applicant.StatusCode);
        Assert.True(applicant.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task The_areas_tenders_see_the_photo_of_scheduled_news_uncached_and_no_one_else()
    {
        var runkelen = await NewsPhotoAsync("Runkelen", TimeSpan.FromDays(10));
        var zepperen = await NewsPhotoAsync("Zepperen", TimeSpan.FromDays(10));
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail); // tends Runkelen only

        var preview = await lead.GetAsync($"/foto/{runkelen}/s");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.True(preview.Headers.CacheControl!.NoStore);
        Assert.True(preview.Headers.CacheControl.Private);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(lead, zepperen));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await factory.SignedInAsync(DemoSeeder.AdminEmail), zepperen));
    }
}
