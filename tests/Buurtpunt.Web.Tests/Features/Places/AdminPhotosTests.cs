using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Buurtpunt.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>A 6,300 × 6,300 PNG of one colour: about 100 KB on disk, 160 MB once decoded.</summary>
    private static byte[] PixelBomb()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(6300, 6300, SKColorType.Gray8));
        bitmap.Erase(SKColors.White);
        return bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A grey JPEG with a real EXIF block: orientation "turn 90°" and a GPS-like marker after it.</summary>
    private static byte[] TurnedJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8));
        bitmap.Erase(SKColors.Gray);
        var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        byte[] payload = [.. Encoding.ASCII.GetBytes("Exif\0\0"), .. tiff, .. Encoding.ASCII.GetBytes("GPS-SECRET-50.8467N-5.1510E")];
        var length = payload.Length + 2;
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF), .. payload, .. jpeg[2..]];
    }

    [Fact]
    public async Task A_pixel_bomb_is_refused_from_its_header_before_it_is_decoded()
    {
        var bomb = PixelBomb();
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
        var id = await PointAsync("dorpspunt-zepperen");
        var admin = await factory.SignedInAsync();
        var response = await admin.PostMultipartAsync($"/beheer/punten/{id}/fotos", Upload(bomb, "klein.png", "image/png", "Bom"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deze foto heeft te veel pixels.", (await response.ReadAsync()).Text());
        Assert.False(await factory.WithDbAsync(db => db.Photos.IgnoreQueryFilters().AnyAsync(p => p.AltText == "Bom")));
    }

    [Fact]
    public async Task A_48_megapixel_phone_photo_is_decoded_scaled_turned_upright_and_stripped()
    {
        var store = factory.Services.GetRequiredService<Web.Shared.Storage.PhotoStore>();
        var original = TurnedJpeg(8000, 6000);
        Assert.Contains("GPS-SECRET", Encoding.ASCII.GetString(original));
        using (var codec = SKCodec.Create(new MemoryStream(original)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
            // Whole, this photo would be 48 million pixels; scaled while decoding it fits the limit.
            Assert.True((long)codec.Info.Width * codec.Info.Height > Web.Shared.Storage.PhotoStore.MaxDecodedPixels);
        }
        var (stored, problem) = store.Save(999, original);
        Assert.Null(problem);
        Assert.Equal((6000, 8000), (stored!.Width, stored.Height));
        var large = await File.ReadAllBytesAsync(store.PathOf(999, stored.Key, "l")!);
        Assert.DoesNotContain("GPS-SECRET", Encoding.ASCII.GetString(large));
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(large));
        using var decoded = SKBitmap.Decode(large);
        Assert.Equal((1280, 1707), (decoded.Width, decoded.Height));
        store.Delete(999, stored.Key);
    }
}
