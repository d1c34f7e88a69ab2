using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>Tells the people registered for a date (waiting or not, with an e-mail address) that it was cancelled or changed.</summary>
public sealed class ActivityMails(AppDbContext db, Mailer mailer, PublicLinks links, CurrentMunicipality municipality, IStringLocalizer<SharedResource> l)
{
    public Task TellCancelledAsync(int occurrenceId, CancellationToken cancellationToken) => TellAsync(occurrenceId, "Mail.ActivityCancelled", cancellationToken);

    public Task TellChangedAsync(int occurrenceId, CancellationToken cancellationToken) => TellAsync(occurrenceId, "Mail.ActivityChanged", cancellationToken);

    /// <summary>"dinsdag 1 december om 14:00" in the reader's language.</summary>
    public static string When(IStringLocalizer l, DateTime startUtc)
    {
        var local = MunicipalClock.Local(startUtc);
        return l["Activity.When", local.ToString("dddd d MMMM yyyy", null), local.ToString("HH:mm", null)];
    }

    private async Task TellAsync(int occurrenceId, string key, CancellationToken cancellationToken)
    {
        var what = await db.Occurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new { o.Activity!.Title, o.StartUtc, o.CancelReason, o.Note }).SingleAsync(cancellationToken);
        var people = await db.Registrations.AsNoTracking().Where(r => r.OccurrenceId == occurrenceId && r.PersonId != null)
            .Join(db.Users.Where(u => u.EmailConfirmed && u.Email != null), r => r.PersonId, u => u.Id, (r, u) => new { u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        var town = municipality.Info?.Name ?? "Buurtpunt";
        foreach (var person in people)
            mailer.Send(new OutgoingMail(person.Email!, person.DisplayName, l[$"{key}.Subject", what.Title],
                l[$"{key}.Text", person.DisplayName, what.Title, When(l, what.StartUtc), what.CancelReason ?? what.Note ?? "", links.Absolute($"/activiteit/{occurrenceId}"), town]));
    }
}
