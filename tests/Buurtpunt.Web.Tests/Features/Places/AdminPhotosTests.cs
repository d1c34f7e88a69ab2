using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Buurtpunt.Web.Tests.Features.Places;

public class AdminPhotosTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private Task<int> PointAsync(string slug) =>
        factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType, string alt = "De voorgevel")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "Upload", fileName }, { new StringContent(alt), "AltText" } };
    }

    /// <summary>A real JPEG with an EXIF block that carries a GPS-like marker, as a phone would make.</summary>
    private static byte[] JpegWithExif(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        var payload = Encoding.ASCII.GetBytes("Exif\0\0GPS-SECRET-50.8467N-5.1510E");
        var length = payload.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    [Fact]
    public async Task A_photo_is_resized_reencoded_and_its_exif_removed()
    {
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        var original = JpegWithExif(2000, 1500);
        Assert.Contains("GPS-SECRET", Encoding.ASCII.GetString(original));

        var response = await admin.PostMultipartAsync($"/beheer/punten/{id}/fotos", Upload(original, "gevel.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var photo = await factory.WithDbAsync(db => db.Photos.IgnoreQueryFilters().Where(p => p.PointId == id && p.AltText == "De voorgevel").SingleAsync());
        foreach (var (size, width) in new[] { ("s", 480), ("l", 1280) })
        {
            var bytes = await factory.ClientFor().GetByteArrayAsync($"/foto/{photo.Id}/{size}");
            Assert.DoesNotContain("GPS-SECRET", Encoding.ASCII.GetString(bytes));
            Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(bytes));
            using var decoded = SKBitmap.Decode(bytes);
            Assert.Equal(width, decoded.Width);
            Assert.Equal(width * 3 / 4, decoded.Height);
        }
        var page = await factory.ClientFor().GetPageAsync("/punt/dorpspunt-zepperen");
        Assert.Contains(page.QuerySelectorAll(".photos img"), img => img.GetAttribute("alt") == "De voorgevel");
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name()
    {
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        var response = await admin.PostMultipartAsync($"/beheer/punten/{id}/fotos", Upload(Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "foto.jpg", "image/jpeg", "Nep"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dit bestand is geen foto.", (await response.ReadAsync()).Text());
        Assert.False(await factory.WithDbAsync(db => db.Photos.IgnoreQueryFilters().AnyAsync(p => p.AltText == "Nep")));
    }

    [Fact]
    public async Task A_50_MB_photo_is_refused_with_a_readable_message()
    {
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        var big = new byte[50 * 1024 * 1024];
        var response = await admin.PostMultipartAsync($"/beheer/punten/{id}/fotos", Upload(big, "groot.jpg", "image/jpeg", "Groot"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Een foto mag hoogstens 10 MB zijn.", (await response.ReadAsync()).Text());
    }

    [Fact]
    public async Task A_photo_without_description_is_refused()
    {
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        var response = await admin.PostMultipartAsync($"/beheer/punten/{id}/fotos", Upload(JpegWithExif(100, 100), "a.jpg", "image/jpeg", ""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vul 'Wat staat er op de foto?' in.", (await response.ReadAsync()).Text());
    }
}
