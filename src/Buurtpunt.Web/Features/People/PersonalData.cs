using System.Text.Json;
using System.Text.Json.Nodes;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Everything the platform holds about one person, for the GDPR rights of access and erasure:
/// a loop over the personal-data source each feature registers (<see cref="IPersonalDataSource"/>).
/// A test fails when a table that references a person is covered by no source.
/// </summary>
public sealed class PersonalData(AppDbContext db, IEnumerable<IPersonalDataSource> sources, Places.PlaceChanges changes)
{
    /// <summary>One feature's part: its name in the download, its data (null: nothing there), the partial that shows it.</summary>
    public sealed record Section(string Name, object? Data, string? View);

    /// <summary>The entity types the registered sources cover; the completeness test compares them with the model.</summary>
    public IReadOnlySet<Type> Covered => sources.SelectMany(s => s.Covers).ToHashSet();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The download: one property per section that holds something, in the order the features registered.</summary>
    public static byte[] ToJson(IReadOnlyList<Section> export)
    {
        var root = new JsonObject();
        foreach (var section in export.Where(s => s.Data is not null))
            root[section.Name] = JsonSerializer.SerializeToNode(section.Data, section.Data!.GetType(), Json);
        return JsonSerializer.SerializeToUtf8Bytes(root, Json);
    }

    public async Task<IReadOnlyList<Section>?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == personId, cancellationToken)) return null;
        var export = new List<Section>();
        foreach (var source in sources)
            export.Add(new Section(source.Section, await source.ExportAsync(personId, cancellationToken), source.View));
        return export;
    }

    /// <summary>
    /// Removes the person and every row about them: each source first removes what the cascade
    /// does not, then the person's row goes and the database cascades (passkeys included) or sets
    /// references to null (questions and answers kept show "former resident").
    /// </summary>
    public async Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken)
    {
        // Joins the caller's transaction when there is one (the desk audits the erasure in it).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        foreach (var source in sources)
            await source.EraseAsync(personId, removeContributions, cancellationToken);
        await db.Users.Where(u => u.Id == personId).ExecuteDeleteAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        // Cached pages may still carry the name on questions and answers.
        await changes.PublishedAsync();
    }
}
