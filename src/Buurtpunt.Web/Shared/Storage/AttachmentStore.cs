using Buurtpunt.Web.Data;

namespace Buurtpunt.Web.Shared.Storage;

/// <summary>
/// Files people attach to forms (a plan, a quote, a receipt), already checked by content
/// (<see cref="Forms.FormReader"/>). They are kept as uploaded under the data folder, one folder
/// per municipality, under a random key; the name people gave them is stored with the answer.
/// </summary>
public sealed class AttachmentStore(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly string _root = Path.Combine(DataFolder.Resolve(configuration, environment), "attachments");

    public async Task<string> SaveAsync(int municipalityId, IFormFile file, CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(_root, municipalityId.ToString());
        Directory.CreateDirectory(folder);
        await using var output = File.Create(Path.Combine(folder, key));
        await file.CopyToAsync(output, cancellationToken);
        return key;
    }

    /// <summary>The stored file, or null when the key is not one of ours (keys are 32 hex digits: never a path).</summary>
    public Stream? Open(int municipalityId, string key)
    {
        if (key.Length != 32 || !key.All(Uri.IsHexDigit)) return null;
        var path = Path.Combine(_root, municipalityId.ToString(), key);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }
}
