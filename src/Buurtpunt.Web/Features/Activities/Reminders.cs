using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>
/// The reminder the day before: from 9:00 in Brussels, everyone registered (not waiting) with an
/// e-mail address for a date tomorrow gets one mail. Each registration is claimed with a
/// conditional UPDATE before its mail is queued, so two runs (or two servers) never send twice.
/// Runs for all municipalities; it needs no request.
/// </summary>
public sealed class Reminders(AppDbContext db, MunicipalClock clock, Mailer mailer, IConfiguration configuration, IStringLocalizer<SharedResource> l) : IScheduledJob
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    public static readonly LocalTime SendFrom = new(9, 0);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.LocalNow;
        if (now.TimeOfDay < SendFrom) return 0;
        var tomorrow = now.Date.PlusDays(1);
        var dayStart = tomorrow.AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
        var dayEnd = tomorrow.PlusDays(1).AtStartOfDayInZone(MunicipalClock.Zone).ToDateTimeUtc();
        var due = await (from r in db.Registrations.IgnoreQueryFilters()
                         join o in db.Occurrences.IgnoreQueryFilters() on r.OccurrenceId equals o.Id
                         join u in db.Users.IgnoreQueryFilters() on r.PersonId equals (Guid?)u.Id
                         where !r.Waiting && r.RemindedUtc == null && o.CancelledUtc == null && o.StartUtc >= dayStart && o.StartUtc < dayEnd
                               && u.EmailConfirmed && u.Email != null
                         select new
                         {
                             r.Id, o.MunicipalityId, OccurrenceId = o.Id, o.StartUtc, o.Note, o.Activity!.Title, o.Activity.WhatToBring, r.People, u.Email, u.DisplayName, u.Language,
                             Place = db.Points.IgnoreQueryFilters().Where(p => p.Id == o.Activity.PointId).Select(p => p.Name + ", " + p.Street + ", " + p.City).FirstOrDefault() ?? o.Activity.Place,
                             Town = db.Municipalities.IgnoreQueryFilters().Where(m => m.Id == o.MunicipalityId).Select(m => m.Name).First(),
                             Host = db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.MunicipalityId == o.MunicipalityId).OrderBy(h => h.Id).Select(h => h.Host).First(),
                         })
            .Take(500).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var reminder in due)
        {
            var claimed = await db.Registrations.IgnoreQueryFilters().Where(r => r.Id == reminder.Id && r.RemindedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedUtc, clock.UtcNow), cancellationToken);
            if (claimed != 1) continue;
            var link = PublicLinks.Outside(configuration, reminder.Host, $"/activiteit/{reminder.OccurrenceId}");
            using var language = LocalisationModule.UseLanguage(reminder.Language); // the reader's, not the server's
            mailer.Send(new OutgoingMail(reminder.Email!, reminder.DisplayName, l["Mail.Reminder.Subject", reminder.Title],
                l["Mail.Reminder.Text", reminder.DisplayName, reminder.Title, ActivityMails.When(l, reminder.StartUtc), reminder.Place ?? "",
                    reminder.WhatToBring ?? "-", reminder.Note ?? "", link, reminder.Town]));
            sent++;
        }
        return sent;
    }
}
