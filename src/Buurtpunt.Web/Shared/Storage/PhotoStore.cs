using Buurtpunt.Web.Data;
using SkiaSharp;

namespace Buurtpunt.Web.Shared.Storage;

public enum PhotoProblem { Empty, TooLarge, NotAnImage, TooManyPixels }

public sealed record StoredPhoto(string Key, int Width, int Height);

/// <summary>
/// Checks an upload by its content (not its name or claimed type), re-encodes it as JPEG in
/// a few widths — which drops EXIF, GPS position included — and keeps it under the data
/// folder, one folder per municipality.
/// </summary>
public sealed class PhotoStore(IConfiguration configuration, IHostEnvironment environment)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string AcceptedTypes = "image/jpeg,image/png,image/webp";
    private const int MaxPixels = 40_000_000;
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];
    public static readonly IReadOnlyDictionary<string, int> Widths = new Dictionary<string, int> { ["s"] = 480, ["l"] = 1280 };

    private readonly string _root = Path.Combine(DataFolder.Resolve(configuration, environment), "photos");

    /// <summary>The size of the small version ("s"), for width and height in the page: no layout shift while it loads.</summary>
    public static (int Width, int Height) Small(int width, int height)
    {
        var small = Math.Min(Widths["s"], width);
        return (small, width == 0 ? 0 : (int)Math.Round(height * small / (double)width));
    }

    /// <summary>What to tell the person about a photo that was refused, in their language.</summary>
    public static string Explain(Microsoft.Extensions.Localization.IStringLocalizer l, PhotoProblem? problem) =>
        l[$"Photo.Problem.{problem ?? PhotoProblem.NotAnImage}", MaxBytes / 1024 / 1024];

    public static PhotoProblem? Check(IFormFile? file) => file switch
    {
        null or { Length: 0 } => PhotoProblem.Empty,
        { Length: > MaxBytes } => PhotoProblem.TooLarge,
        _ => null,
    };

    public async Task<(StoredPhoto? Photo, PhotoProblem? Problem)> SaveAsync(int municipalityId, IFormFile file, CancellationToken cancellationToken)
    {
        if (Check(file) is { } problem) return (null, problem);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return Save(municipalityId, buffer.ToArray());
    }

    public (StoredPhoto? Photo, PhotoProblem? Problem) Save(int municipalityId, byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat)) return (null, PhotoProblem.NotAnImage);
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels) return (null, PhotoProblem.TooManyPixels);
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null) return (null, PhotoProblem.NotAnImage);
        using var upright = Orient(decoded, codec.EncodedOrigin);

        var key = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(_root, municipalityId.ToString());
        Directory.CreateDirectory(folder);
        foreach (var (size, width) in Widths)
        {
            var target = Math.Min(width, upright.Width);
            var height = (int)Math.Round(upright.Height * (double)target / upright.Width);
            using var resized = upright.Resize(new SKImageInfo(target, Math.Max(1, height)), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 82);
            using var output = File.Create(Path.Combine(folder, $"{key}-{size}.jpg"));
            jpeg.SaveTo(output);
        }
        return (new StoredPhoto(key, upright.Width, upright.Height), null);
    }

    public string? PathOf(int municipalityId, string key, string size)
    {
        if (!Widths.ContainsKey(size)) return null;
        var path = Path.Combine(_root, municipalityId.ToString(), $"{key}-{size}.jpg");
        return File.Exists(path) ? path : null;
    }

    public void Delete(int municipalityId, string key)
    {
        foreach (var size in Widths.Keys)
            File.Delete(Path.Combine(_root, municipalityId.ToString(), $"{key}-{size}.jpg"));
    }

    // Phones store rotation as an EXIF flag; since EXIF is dropped, the pixels must be turned.
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (rotate, swap) = origin switch
        {
            SKEncodedOrigin.RightTop => (90, true),
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.LeftBottom => (270, true),
            _ => (0, false),
        };
        if (rotate == 0) return source.Copy();
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(rotate);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }
}
