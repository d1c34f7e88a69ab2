using Microsoft.Playwright;
using SkiaSharp;

namespace Buurtpunt.Browser.Tests.Infrastructure;

public static class TestFiles
{
    /// <summary>A real 800×600 PNG, as a phone would send it, for the file inputs.</summary>
    public static FilePayload Photo(string name)
    {
        using var bitmap = new SKBitmap(800, 600);
        bitmap.Erase(SKColors.Goldenrod);
        using var image = SKImage.FromBitmap(bitmap);
        return new FilePayload { Name = name, MimeType = "image/png", Buffer = image.Encode(SKEncodedImageFormat.Png, 90).ToArray() };
    }
}
