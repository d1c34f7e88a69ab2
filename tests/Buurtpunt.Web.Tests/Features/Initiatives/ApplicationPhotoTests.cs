using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>Photos with an application: added and removed by its applicants while it is theirs, private to who may read the file.</summary>
public class ApplicationPhotoTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private static byte[] Png(SKColor colour)
    {
        using var bitmap = new SKBitmap(800, 600);
        bitmap.Erase(colour);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static Task<HttpResponseMessage> AddAsync(HttpClient who, int id, string alt, string name, byte[] bytes) =>
        who.PostMultipartAsync($"/aanvraag/{id}/fotos?handler=Add", Multipart([("AltText", alt)], [("Upload", name, bytes)]), tokenFrom: $"/aanvraag/{id}/fotos");

    private async Task<int> DraftAsync(ReviewScene s)
    {
        var started = await s.Applicant.PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Join");
        return int.Parse(PathOf(started.Headers.Location).Split('/').Last());
    }

    private Task<List<ApplicationPhoto>> PhotosAsync(int id) =>
        factory.WithDbAsync(db => db.ApplicationPhotos.IgnoreQueryFilters().Where(p => p.ApplicationId == id).OrderBy(p => p.Id).ToListAsync());

    [Fact]
    public async Task The_applicant_adds_photos_with_a_description_to_a_draft_and_bad_files_are_refused()
    {
        var s = await CreateAsync(factory, "fotos");
        var id = await DraftAsync(s);

        var noDescription = await AddAsync(s.Applicant, id, "", "plein.png", Png(SKColors.Olive));
        Assert.Equal(HttpStatusCode.BadRequest, noDescription.StatusCode);
        Assert.Contains("Wat staat er op de foto?", await noDescription.Content.ReadAsStringAsync());
        var notAPhoto = await AddAsync(s.Applicant, id, "Het plein", "plein.png", "MZ\x90\0 not a photo"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notAPhoto.StatusCode);
        Assert.Contains("Dit bestand is geen foto", await notAPhoto.Content.ReadAsStringAsync());
        Assert.Empty(await PhotosAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(s.Applicant, id, "Het lege pleintje achter de kerk", "plein.png", Png(SKColors.Olive))).StatusCode);
        var photo = Assert.Single(await PhotosAsync(id));
        Assert.Equal(("Het lege pleintje achter de kerk", 800, 600), (photo.AltText, photo.Width, photo.Height));

        // Stored re-encoded as JPEG whatever came in, in a small and a large size.
        var small = await s.Applicant.GetAsync($"/aanvraag/{id}/foto/{photo.Id}/s");
        Assert.Equal("image/jpeg", small.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xFF, 0xD8, 0xFF], (await small.Content.ReadAsByteArrayAsync())[..3]);
        Assert.Contains("private", small.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync($"/aanvraag/{id}/foto/{photo.Id}/xl")).StatusCode);

        // The application shows it, with its description as the image's text.
        var page = await s.Applicant.GetPageAsync($"/aanvraag/{id}");
        Assert.Equal("Het lege pleintje achter de kerk", page.QuerySelector($"img[src='/aanvraag/{id}/foto/{photo.Id}/s']")?.GetAttribute("alt"));

        // At most ten.
        await factory.WithDbAsync(async db =>
        {
            for (var i = 1; i < ApplicationPhoto.Max; i++)
                db.ApplicationPhotos.Add(new ApplicationPhoto { MunicipalityId = photo.MunicipalityId, ApplicationId = id, AltText = $"Foto {i}", StorageKey = photo.StorageKey, Width = 800, Height = 600 });
            return await db.SaveChangesAsync();
        });
        var eleventh = await AddAsync(s.Applicant, id, "Nog eentje", "plein.png", Png(SKColors.Teal));
        Assert.Equal(HttpStatusCode.BadRequest, eleventh.StatusCode);
        Assert.Contains("hoogstens 10 foto", await eleventh.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationPhoto.Max, (await PhotosAsync(id)).Count);
    }

    [Fact]
    public async Task Photos_are_seen_by_the_applicant_and_reviewers_only_and_frozen_once_submitted()
    {
        var s = await CreateAsync(factory, "fotozicht");
        var draft = await DraftAsync(s);
        // The scene's application is submitted: its photos are frozen.
        Assert.Equal(HttpStatusCode.Conflict, (await AddAsync(s.Applicant, s.Application, "x", "x.png", Png(SKColors.Red))).StatusCode);
        Assert.Empty(await PhotosAsync(s.Application));

        // Added while the city asks a question: the application is the applicant's again.
        await s.SetStatusAsync(ApplicationStatus.QuestionsToApplicant);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(s.Applicant, s.Application, "De straat bij het feest van vorig jaar", "straat.png", Png(SKColors.Orange))).StatusCode);
        var photo = Assert.Single(await PhotosAsync(s.Application));
        var link = $"/aanvraag/{s.Application}/foto/{photo.Id}/l";

        foreach (var reader in new[] { s.Applicant, s.Member, s.WorkingGroup, s.Admin })
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link)).StatusCode);
        Assert.NotNull((await s.Member.GetPageAsync(s.File)).QuerySelector($"img[src='/aanvraag/{s.Application}/foto/{photo.Id}/s']"));
        foreach (var outsider in new[] { await factory.ResidentAsync("buur-fotozicht@example.org"), await factory.SignedInAsync(DemoSeeder.JurorEmail),
                     await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost") })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(link)).StatusCode);
        var anonymous = factory.ClientFor();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync($"/aanvraag/{draft}/foto/{photo.Id}/l")).StatusCode); // another application's id
        // Only applicants manage them; not even the administrator.
        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync($"/aanvraag/{s.Application}/fotos")).StatusCode);

        // Once answered, the photos stay as the reviewers saw them.
        await s.SetStatusAsync(ApplicationStatus.InReview);
        var remove = await s.Applicant.PostFormAsync($"/aanvraag/{s.Application}/fotos", [], handler: $"Remove&photo={photo.Id}");
        Assert.Equal(HttpStatusCode.Conflict, remove.StatusCode);
        Assert.Single(await PhotosAsync(s.Application));
    }

    [Fact]
    public async Task Removing_a_photo_deletes_it_for_everyone()
    {
        var s = await CreateAsync(factory, "fotoweg");
        var id = await DraftAsync(s);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(s.Applicant, id, "Het park", "park.png", Png(SKColors.Green))).StatusCode);
        var photo = Assert.Single(await PhotosAsync(id));
        var neighbour = await factory.ResidentAsync("buur-fotoweg@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostFormAsync($"/aanvraag/{id}/fotos", [], handler: $"Remove&photo={photo.Id}", tokenFrom: "/aanvragen")).StatusCode);
        Assert.Single(await PhotosAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostFormAsync($"/aanvraag/{id}/fotos", [], handler: $"Remove&photo={photo.Id}")).StatusCode);
        Assert.Empty(await PhotosAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync($"/aanvraag/{id}/foto/{photo.Id}/s")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.PostFormAsync($"/aanvraag/{id}/fotos", [], handler: $"Remove&photo={photo.Id}")).StatusCode);
    }
}
