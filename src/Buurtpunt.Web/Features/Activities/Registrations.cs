using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>
/// Taking and giving back places. A place is taken only by a conditional UPDATE
/// (<c>Taken + n &lt;= Capacity</c>) that runs first in its transaction, so the database settles a
/// race for the last place: one gets it, the other lands on the waiting list. Freed places go to
/// the waiting list in order of arrival, to each in turn whose group fits; they are told by mail.
/// </summary>
public sealed class Registrations(AppDbContext db, MunicipalClock clock, Shared.Auditing.Audit audit, Mailer mailer, PublicLinks links, CurrentMunicipality municipality, IStringLocalizer<SharedResource> l)
{
    public sealed record Request(int OccurrenceId, Guid? PersonId, string? Name, string? Phone, Guid? EnteredById, int People);

    /// <summary>A registration: done when the person has a place, or is on the waiting list.</summary>
    public sealed record Outcome(StepResult Result, bool Waiting = false);

    /// <summary>Whether a date takes registrations now, and why not (the page says so in place of the form).</summary>
    public static StepResult Opens(Activity activity, Occurrence occurrence, DateTime now) =>
        !activity.TakesRegistrations ? StepResult.Invalid("Registration.NotTaking")
        : occurrence.CancelledUtc is not null || now >= occurrence.StartUtc.AddHours(-activity.RegistrationClosesHoursBefore) ? StepResult.Invalid("Registration.Closed")
        : StepResult.Done;

    public async Task<Outcome> RegisterAsync(Request request, CancellationToken cancellationToken, Shared.Auditing.AuditNote? audited = null)
    {
        var occurrence = await db.Occurrences.AsNoTracking().Include(o => o.Activity).SingleAsync(o => o.Id == request.OccurrenceId, cancellationToken);
        if (Opens(occurrence.Activity!, occurrence, clock.UtcNow) is { IsDone: false } refusal) return new(refusal);
        if (request.People is < 1 or > Registration.MaxPeople || request.People > occurrence.Capacity) return new(StepResult.Invalid("Registration.TooMany"));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The write comes first: SQLite then holds the write lock for the rest, PostgreSQL the row.
        var people = request.People;
        var took = await db.Occurrences
            .Where(o => o.Id == request.OccurrenceId && o.CancelledUtc == null && (o.Capacity == null || o.Taken + people <= o.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Taken, o => o.Taken + people), cancellationToken) == 1;
        var already = new Outcome(StepResult.Invalid("Registration.AlreadyRegistered"));
        if (request.PersonId is { } person && await db.Registrations.AnyAsync(r => r.OccurrenceId == request.OccurrenceId && r.PersonId == person, cancellationToken))
            return already; // rolled back: the place is not taken
        var registration = new Registration
        {
            OccurrenceId = request.OccurrenceId, PersonId = request.PersonId, Name = request.Name, Phone = request.Phone,
            EnteredById = request.EnteredById, People = people, Waiting = !took, CreatedUtc = clock.UtcNow,
        };
        db.Registrations.Add(registration);
        audit.Add(audited);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsViolated<Registration>(db, nameof(Registration.OccurrenceId), nameof(Registration.PersonId)))
        {
            db.Registrations.Entry(registration).State = EntityState.Detached; // rolled back: no later save may add it again
            audit.DropPending();
            return already; // the same person, twice at the same moment
        }
        await transaction.CommitAsync(cancellationToken);
        return new(StepResult.Done, Waiting: !took);
    }

    /// <summary>Removes a registration; its places go to the waiting list.</summary>
    public async Task CancelAsync(Registration registration, CancellationToken cancellationToken, Shared.Auditing.AuditNote? audited = null)
    {
        List<Registration> promoted;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!registration.Waiting)
            {
                var people = registration.People;
                await db.Occurrences.Where(o => o.Id == registration.OccurrenceId)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Taken, o => o.Taken - people), cancellationToken);
            }
            await db.Registrations.Where(r => r.Id == registration.Id).ExecuteDeleteAsync(cancellationToken);
            promoted = await PromoteAsync(registration.OccurrenceId, cancellationToken);
            if (audited is not null) await audit.RecordAsync(audited.Action, audited.Subject, audited.Details, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await TellPromotedAsync(registration.OccurrenceId, promoted, cancellationToken);
    }

    /// <summary>After places came free (a cancellation, more capacity): give them to those waiting, in order.</summary>
    public async Task<List<Registration>> PromoteAsync(int occurrenceId, CancellationToken cancellationToken)
    {
        var waiting = await db.Registrations.Where(r => r.OccurrenceId == occurrenceId && r.Waiting)
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var promoted = new List<Registration>();
        foreach (var registration in waiting)
        {
            var people = registration.People;
            var took = await db.Occurrences
                .Where(o => o.Id == occurrenceId && o.CancelledUtc == null && (o.Capacity == null || o.Taken + people <= o.Capacity))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Taken, o => o.Taken + people), cancellationToken) == 1;
            if (!took) continue;
            registration.Waiting = false;
            promoted.Add(registration);
        }
        await db.SaveChangesAsync(cancellationToken);
        return promoted;
    }

    public async Task TellPromotedAsync(int occurrenceId, List<Registration> promoted, CancellationToken cancellationToken)
    {
        if (promoted.Count == 0) return;
        var ids = promoted.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var what = await db.Occurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new { o.Activity!.Title, o.StartUtc }).SingleAsync(cancellationToken);
        var town = municipality.Info?.Name ?? "Buurtpunt";
        var when = MunicipalClock.Local(what.StartUtc).ToString("dddd d MMMM 'om' HH:mm", null);
        foreach (var person in people)
            mailer.Send(new OutgoingMail(person.Email!, person.DisplayName, l["Mail.PlaceFree.Subject", what.Title],
                l["Mail.PlaceFree.Text", person.DisplayName, what.Title, when, links.Absolute($"/activiteit/{occurrenceId}"), town]));
    }
}
