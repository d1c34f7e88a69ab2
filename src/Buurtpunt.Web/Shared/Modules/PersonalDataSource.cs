namespace Buurtpunt.Web.Shared.Modules;

/// <summary>
/// A feature's part of what the platform holds about a person, for the GDPR rights of access
/// and erasure. People's <c>PersonalData</c> loops over every registered source; a test fails
/// when an entity that references a person is covered by none.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The section's name in the export (a camelCase JSON property, e.g. "questions").</summary>
    string Section { get; }

    /// <summary>The entity types whose rows about a person this source exports and erases.</summary>
    IReadOnlyCollection<Type> Covers { get; }

    /// <summary>A partial view that shows the section on /profiel/gegevens, its model the exported data (possibly null); null: not shown.</summary>
    string? View { get; }

    /// <summary>The section's data, or null when the person has nothing here.</summary>
    Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>
    /// Runs in the erasure's transaction, before the person's row goes (which cascades to the rows
    /// owned by the person and sets the others' references to null). A source removes here what the
    /// cascade does not: the person's contributions when they ask for it.
    /// </summary>
    Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken);
}

public static class PersonalDataSources
{
    public static IServiceCollection AddPersonalDataSource<T>(this IServiceCollection services) where T : class, IPersonalDataSource =>
        services.AddScoped<IPersonalDataSource, T>();
}
