using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>
/// A person's registrations, the activities they organise and their calendar link. On erasure the
/// registrations and the link go with the person (cascade); activities stay, without organiser.
/// </summary>
public sealed class ActivitiesPersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Taking(
        IReadOnlyList<RegistrationData> Registrations,
        IReadOnlyList<ActivityData> ActivitiesYouOrganise,
        IReadOnlyList<DateTime> CalendarLinkMadeUtc);

    public sealed record RegistrationData(string Activity, DateTime StartUtc, int People, bool Waiting, bool? Attended, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record ActivityData(int Id, string Title);

    public string Section => "activities";
    public string? View => null;
    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Registration), typeof(Activity), typeof(CalendarLink)];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        // Walk-ins a worker registered by name are not the worker's data: only their own registrations are listed.
        var registrations = await (from r in db.Registrations.AsNoTracking()
                                   join o in db.Occurrences on r.OccurrenceId equals o.Id
                                   where r.PersonId == personId
                                   orderby o.StartUtc
                                   select new RegistrationData(o.Activity!.Title, o.StartUtc, r.People, r.Waiting, r.Attended, r.CreatedUtc, r.EnteredById != null))
            .ToListAsync(cancellationToken);
        var organised = await db.Activities.AsNoTracking().Where(a => a.OrganiserId == personId).OrderBy(a => a.Id)
            .Select(a => new ActivityData(a.Id, a.Title)).ToListAsync(cancellationToken);
        // The link's token is a secret only its hash of is kept: when it was made is what there is to tell.
        var links = await db.CalendarLinks.AsNoTracking().Where(l => l.UserId == personId).Select(l => l.CreatedUtc).ToListAsync(cancellationToken);
        return registrations.Count + organised.Count + links.Count == 0 ? null : new Taking(registrations, organised, links);
    }

    public Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken) => Task.CompletedTask;
}
