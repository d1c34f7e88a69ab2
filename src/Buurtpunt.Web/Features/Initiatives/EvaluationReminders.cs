using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>
/// When an experiment's evaluation opens (<see cref="Projects.EvaluationOpensDaysBefore"/> days before
/// its trial ends), from 9:00 in Brussels, everyone who applies for it gets one mail with the link to
/// the evaluation form. Each project is claimed with a conditional UPDATE first, so it is never sent twice.
/// </summary>
public sealed class EvaluationReminders(AppDbContext db, MunicipalClock clock, Applications applications, PersonMail mail, IConfiguration configuration) : IScheduledJob
{
    public static readonly LocalTime SendFrom = new(9, 0);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.LocalNow;
        if (now.TimeOfDay < SendFrom) return 0;
        var opensBy = DateOnly.FromDateTime(now.Date.ToDateTimeUnspecified()).AddDays(Projects.EvaluationOpensDaysBefore);
        var due = await db.Applications.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Running && a.EvaluationRemindedUtc == null && a.EndsOn != null && a.EndsOn <= opensBy
                        && a.Track!.EvaluationQuestionnaireId != null)
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                Application = a,
                Town = db.Municipalities.IgnoreQueryFilters().Where(m => m.Id == a.MunicipalityId).Select(m => m.Name).First(),
                Host = db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.MunicipalityId == a.MunicipalityId).OrderBy(h => h.Id).Select(h => h.Host).First(),
            })
            .Take(500).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var (application, town, host) in due.Select(d => (d.Application, d.Town, d.Host)))
        {
            var claimed = await db.Applications.IgnoreQueryFilters().Where(a => a.Id == application.Id && a.EvaluationRemindedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.EvaluationRemindedUtc, clock.UtcNow), cancellationToken);
            if (claimed != 1) continue;
            var link = PublicLinks.Outside(configuration, host, $"/aanvraag/{application.Id}/evaluatie");
            sent += await mail.SendAsync(await applications.ApplicantsAsync(application, cancellationToken), "Mail.EvaluationDue", [application.Title],
                [application.Title, application.EndsOn!.Value, link, town], cancellationToken);
        }
        return sent;
    }
}
