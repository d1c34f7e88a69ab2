using SkiaSharp;

namespace Buurtpunt.Web.Features.Demo;

/// <summary>Draws simple pictures for the demo, so no photo of a real place or person is shipped.</summary>
internal static class DemoPictures
{
    public static byte[] Building(int seed)
    {
        var random = new Random(seed);
        var hue = random.Next(0, 360);
        using var surface = SKSurface.Create(new SKImageInfo(960, 640));
        var canvas = surface.Canvas;
        using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 640),
            [SKColor.FromHsl(200, 70, 85), SKColor.FromHsl(200, 60, 96)], SKShaderTileMode.Clamp) };
        canvas.DrawRect(0, 0, 960, 640, sky);
        using var grass = new SKPaint { Color = SKColor.FromHsl(110, 45, 45) };
        canvas.DrawRect(0, 470, 960, 170, grass);
        using var wall = new SKPaint { Color = SKColor.FromHsl(hue, 45, 70) };
        var left = 200 + random.Next(0, 200);
        canvas.DrawRect(left, 250, 420, 240, wall);
        using var roof = new SKPaint { Color = SKColor.FromHsl(hue, 50, 35) };
        using var path = new SKPath();
        path.MoveTo(left - 30, 255);
        path.LineTo(left + 210, 120);
        path.LineTo(left + 450, 255);
        path.Close();
        canvas.DrawPath(path, roof);
        using var glass = new SKPaint { Color = SKColor.FromHsl(50, 90, 75) };
        canvas.DrawRect(left + 40, 300, 90, 80, glass);
        canvas.DrawRect(left + 290, 300, 90, 80, glass);
        using var door = new SKPaint { Color = SKColor.FromHsl(20, 50, 30) };
        canvas.DrawRect(left + 180, 360, 70, 130, door);
        using var tree = new SKPaint { Color = SKColor.FromHsl(130, 50, 30) };
        canvas.DrawCircle(110, 400, 70, tree);
        canvas.DrawRect(100, 440, 20, 60, door);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
