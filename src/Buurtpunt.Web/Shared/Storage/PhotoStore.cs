using Buurtpunt.Web.Data;
using SkiaSharp;

namespace Buurtpunt.Web.Shared.Storage;

public enum PhotoProblem { Empty, TooLarge, NotAnImage, TooManyPixels, Busy }

public sealed record StoredPhoto(string Key, int Width, int Height);

/// <summary>
/// Checks an upload by its content (not its name or claimed type), re-encodes it as JPEG in
/// a few widths — which drops EXIF, GPS position included — and keeps it under the data
/// folder, one folder per municipality. A small file can claim a huge picture (a "pixel bomb"), so
/// the size is read from the header before anything is decoded, JPEGs are decoded scaled down to
/// what the largest width needs, and at most two uploads decode at once.
/// </summary>
public sealed class PhotoStore(IConfiguration configuration, IHostEnvironment environment)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string AcceptedTypes = "image/jpeg,image/png,image/webp";
    /// <summary>What a header may claim at all: a JPEG this big still costs time to read, even scaled.</summary>
    private const long MaxPixels = 120_000_000;
    /// <summary>What is decoded in memory: 16 million pixels is 64 MB; a phone photo (12 MP) fits, a 6,300 × 6,300 PNG does not.</summary>
    public const long MaxDecodedPixels = 16_000_000;
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];
    public static readonly IReadOnlyDictionary<string, int> Widths = new Dictionary<string, int> { ["s"] = 480, ["l"] = 1280 };
    private static readonly int LargestWidth = Widths.Values.Max();

    // Two decodes at a time bound the memory (2 × 64 MB); a third upload waits briefly, then gets a
    // translated "busy, try again" on its own form, with what was typed kept — better than a bare 503.
    private readonly SemaphoreSlim _decodes = new(2);
    private static readonly TimeSpan DecodeWait = TimeSpan.FromSeconds(10);

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
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        if (!await _decodes.WaitAsync(DecodeWait, cancellationToken)) return (null, PhotoProblem.Busy);
        try
        {
            return Store(municipalityId, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        finally
        {
            _decodes.Release();
        }
    }

    public (StoredPhoto? Photo, PhotoProblem? Problem) Save(int municipalityId, byte[] bytes)
    {
        if (!_decodes.Wait(DecodeWait)) return (null, PhotoProblem.Busy);
        try
        {
            return Store(municipalityId, bytes);
        }
        finally
        {
            _decodes.Release();
        }
    }

    private (StoredPhoto? Photo, PhotoProblem? Problem) Store(int municipalityId, ReadOnlySpan<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat)) return (null, PhotoProblem.NotAnImage);
        var (rotate, swap) = Rotation(codec.EncodedOrigin);
        // The header's size, read without decoding.
        var (width, height) = swap ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > MaxPixels) return (null, PhotoProblem.TooManyPixels);
        var size = DecodeSize(codec, swap);
        if ((long)size.Width * size.Height > MaxDecodedPixels) return (null, PhotoProblem.TooManyPixels);
        var info = codec.Info.WithSize(size.Width, size.Height);
        if (info.AlphaType == SKAlphaType.Unpremul) info.AlphaType = SKAlphaType.Premul;
        // Four bytes a pixel at most (a 16-bit PNG would otherwise decode to eight); grey stays one.
        if (info.ColorType != SKColorType.Gray8) info.ColorType = SKImageInfo.PlatformColorType;
        info.ColorSpace = null;
        using var decoded = SKBitmap.Decode(codec, info);
        if (decoded is null) return (null, PhotoProblem.NotAnImage);

        var key = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(_root, municipalityId.ToString());
        Directory.CreateDirectory(folder);
        var (uprightWidth, uprightHeight) = swap ? (decoded.Height, decoded.Width) : (decoded.Width, decoded.Height);
        foreach (var (name, wanted) in Widths)
        {
            // Resized first and turned after: only the small copy is rotated, never the full decode.
            var target = Math.Min(wanted, uprightWidth);
            var targetHeight = Math.Max(1, (int)Math.Round(uprightHeight * (double)target / uprightWidth));
            using var resized = decoded.Resize(swap ? new SKImageInfo(targetHeight, target) : new SKImageInfo(target, targetHeight),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var turned = Turn(resized, rotate, swap);
            using var image = SKImage.FromBitmap(turned ?? resized);
            using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 82);
            using var output = File.Create(Path.Combine(folder, $"{key}-{name}.jpg"));
            jpeg.SaveTo(output);
        }
        return (new StoredPhoto(key, width, height), null);
    }

    /// <summary>
    /// The smallest size the codec decodes to that still covers the largest width: JPEG scales by
    /// eighths while decoding; PNG only decodes whole, so its full size counts.
    /// </summary>
    private static SKSizeI DecodeSize(SKCodec codec, bool swap)
    {
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if ((swap ? size.Height : size.Width) >= Math.Min(LargestWidth, swap ? codec.Info.Height : codec.Info.Width)) return size;
        }
        return codec.Info.Size;
    }

    // Phones store rotation as an EXIF flag; since EXIF is dropped, the pixels must be turned.
    private static (int Degrees, bool Swap) Rotation(SKEncodedOrigin origin) => origin switch
    {
        SKEncodedOrigin.RightTop => (90, true),
        SKEncodedOrigin.BottomRight => (180, false),
        SKEncodedOrigin.LeftBottom => (270, true),
        _ => (0, false),
    };

    /// <summary>The bitmap turned upright, or null when it already is.</summary>
    private static SKBitmap? Turn(SKBitmap source, int degrees, bool swap)
    {
        if (degrees == 0) return null;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        canvas.DrawBitmap(source, 0, 0);
        return result;
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
}
