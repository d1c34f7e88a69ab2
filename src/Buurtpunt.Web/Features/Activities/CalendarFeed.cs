using Buurtpunt.Core.Activities;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Tenancy;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Utility;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>
/// iCalendar (RFC 5545) feeds, made with Ical.Net. A series is one event with its RRULE, an
/// EXDATE for each cancelled date and an override (RECURRENCE-ID) for each date whose time
/// differs from the rule (moved by hand); times carry TZID Europe/Brussels with its VTIMEZONE,
/// so calendars keep 14:00 at 14:00 across the switch to summer time.
/// </summary>
public sealed class CalendarFeed(AppDbContext db, PublicLinks links)
{
    public const string Zone = "Europe/Brussels";
    private static readonly TimeSpan History = TimeSpan.FromDays(31);

    /// <summary>The series of an agenda (filtered like the page) with a date from a month ago on.</summary>
    public async Task<string> ForAgendaAsync(string name, IQueryable<Occurrence> dates, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var since = nowUtc - History;
        var ids = dates.Where(o => o.EndUtc >= since).Select(o => o.ActivityId).Distinct();
        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).Include(a => a.Occurrences.OrderBy(o => o.Date))
            .AsSplitQuery().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var places = await PlacesAsync(activities.Select(a => a.PointId), cancellationToken);
        var calendar = New(name);
        foreach (var activity in activities)
            AddSeries(calendar, activity, places, nowUtc);
        return Serialize(calendar);
    }

    /// <summary>One person's registrations, date by date (private: reached only with their secret link).</summary>
    public async Task<string> ForPersonAsync(string name, Guid personId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var since = nowUtc - History;
        var rows = await (from r in db.Registrations.AsNoTracking()
                          join o in db.Occurrences on r.OccurrenceId equals o.Id
                          where r.PersonId == personId && o.EndUtc >= since
                          orderby o.StartUtc
                          select new { Date = o, o.Activity!.Title, o.Activity.Description, o.Activity.PointId, o.Activity.Place, r.Waiting, r.People })
            .ToListAsync(cancellationToken);
        var places = await PlacesAsync(rows.Select(r => r.PointId), cancellationToken);
        var calendar = New(name);
        foreach (var row in rows)
        {
            var evt = Event($"registration-{row.Date.Id}", row.Waiting ? $"{row.Title} (wachtlijst)" : row.Title, row.Description,
                Where(row.PointId, row.Place, places), row.Date.Id);
            (evt.DtStart, evt.DtEnd) = (Local(row.Date.StartUtc), Local(row.Date.EndUtc));
            if (row.Date.CancelledUtc is not null) evt.Status = EventStatus.Cancelled;
            calendar.Events.Add(evt);
        }
        return Serialize(calendar);
    }

    private void AddSeries(Calendar calendar, Activity activity, Dictionary<int, string> places, DateTime nowUtc)
    {
        var dates = activity.Occurrences;
        if (dates.Count == 0) return;
        var where = Where(activity.PointId, activity.Place, places);
        var first = dates[0];
        var uid = $"activity-{activity.Id}";
        var master = Event(uid, activity.Title, activity.Description, where, NextOrFirst(dates, nowUtc).Id);
        var firstDate = LocalDate.FromDateOnly(first.Date);
        var (ruleStart, ruleEnd) = activity.TimesOn(firstDate);
        (master.DtStart, master.DtEnd) = (Local(ruleStart), Local(ruleEnd));
        if (activity.Frequency == Frequency.Once)
        {
            (master.DtStart, master.DtEnd) = (Local(first.StartUtc), Local(first.EndUtc));
            if (first.CancelledUtc is not null) master.Status = EventStatus.Cancelled;
            calendar.Events.Add(master);
            return;
        }
        master.RecurrenceRule = Rule(activity);
        foreach (var date in dates)
        {
            var (start, end) = activity.TimesOn(LocalDate.FromDateOnly(date.Date));
            if (date.CancelledUtc is not null)
                master.ExceptionDates.Add(Local(start));
            else if (date.StartUtc != start || date.EndUtc != end)
            {
                var moved = Event(uid, activity.Title, activity.Description, where, date.Id);
                moved.RecurrenceIdentifier = new RecurrenceIdentifier(Local(start), null);
                (moved.DtStart, moved.DtEnd) = (Local(date.StartUtc), Local(date.EndUtc));
                calendar.Events.Add(moved);
            }
        }
        calendar.Events.Add(master);
    }

    private static Occurrence NextOrFirst(List<Occurrence> dates, DateTime nowUtc) => dates.FirstOrDefault(d => d.CancelledUtc is null && d.EndUtc >= nowUtc) ?? dates[0];

    private static RecurrenceRule Rule(Activity activity)
    {
        var until = LocalDate.FromDateOnly(activity.UntilDate!.Value);
        var rule = new RecurrenceRule(activity.Frequency == Frequency.Monthly ? FrequencyType.Monthly : FrequencyType.Weekly, activity.Interval)
        {
            // UNTIL in UTC, at the end of the last day in Brussels: the last date is included.
            Until = new CalDateTime(until.PlusDays(1).AtStartOfDayInZone(MunicipalTime.Zone).ToDateTimeUtc().AddSeconds(-1), "UTC", true),
        };
        if (activity.Frequency == Frequency.Monthly)
            rule.ByDay.Add(new WeekDay(BclConversions.ToDayOfWeek(LocalDate.FromDateOnly(activity.FirstDate).DayOfWeek), activity.WeekOfMonth!.Value));
        return rule;
    }

    private CalendarEvent Event(string uid, string title, string description, string where, int dateId) => new()
    {
        // Stable across ports and schemes: the municipality's host name only.
        Uid = $"{uid}@{links.Host().Split(':')[0]}",
        Summary = title,
        Description = Markdig.Markdown.ToPlainText(description).Trim(),
        Location = where,
        Url = new Uri(links.Absolute($"/activiteit/{dateId}")),
    };

    private static string Where(int? pointId, string? place, Dictionary<int, string> places) =>
        pointId is { } id && places.TryGetValue(id, out var point) ? point : place ?? "";

    private async Task<Dictionary<int, string>> PlacesAsync(IEnumerable<int?> pointIds, CancellationToken cancellationToken)
    {
        var ids = pointIds.OfType<int>().Distinct().ToList();
        return await db.Points.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => $"{p.Name}, {p.Street}, {p.PostalCode} {p.City}", cancellationToken);
    }

    private static CalDateTime Local(DateTime utc)
    {
        var local = MunicipalTime.ToLocal(utc);
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, Zone);
    }

    private static Calendar New(string name)
    {
        var calendar = new Calendar { ProductId = "-//Buurtpunt//Agenda//NL" };
        calendar.AddTimeZone(Zone);
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        return calendar;
    }

    private static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";
}
