using Buurtpunt.Core.Activities;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Buurtpunt.Web.Features.Activities.Admin;

/// <summary>
/// Making or changing an activity of an area this person tends. Saving brings its dates in line
/// (<see cref="Schedule"/>); dates that people registered for and the series lost are cancelled
/// and those people told; extra places go to the waiting lists.
/// </summary>
public class ActivityEditModel(AppDbContext db, IAuthorizationService authorization, MunicipalClock clock, PlaceChanges changes,
    Registrations registrations, ActivityMails mails, IStringLocalizer<SharedResource> l) : PageModel
{
    public int? Id { get; private set; }
    public List<PlaceChoice> Areas { get; private set; } = [];
    public List<PlaceChoice> Points { get; private set; } = [];
    public List<Occurrence> Dates { get; private set; } = [];

    [BindProperty] public ActivityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (id is null)
        {
            Input.FirstDate = clock.Today.PlusDays(7).ToDateOnly();
            Input.StartTime = new TimeOnly(14, 0);
            Input.EndTime = new TimeOnly(16, 0);
            Input.AreaId = Areas.FirstOrDefault()?.Id;
            Input.PointId = Points.FirstOrDefault(p => p.AreaId == Input.AreaId)?.Id;
            return Page();
        }
        var activity = await db.Activities.AsNoTracking().Include(a => a.Occurrences.OrderBy(o => o.StartUtc)).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null) return NotFound();
        if (!await MayTendAsync(activity.AreaId)) return Forbid();
        (Id, Dates) = (activity.Id, activity.Occurrences);
        var end = TimeOnly.FromTimeSpan(activity.StartTime.ToTimeSpan() + TimeSpan.FromMinutes(activity.DurationMinutes));
        Input = new ActivityInput
        {
            Title = activity.Title, Description = activity.Description, Kind = activity.Kind, Audience = activity.Audience,
            AreaId = activity.AreaId, PointId = activity.PointId, Place = activity.Place, Price = activity.PriceCents / 100m,
            WhatToBring = activity.WhatToBring, WheelchairAccessible = activity.WheelchairAccessible, LowThreshold = activity.LowThreshold,
            Organiser = activity.Organiser, TakesRegistrations = activity.TakesRegistrations, Capacity = activity.Capacity,
            ClosesHoursBefore = activity.RegistrationClosesHoursBefore, FirstDate = activity.FirstDate, StartTime = activity.StartTime, EndTime = end,
            Repeat = ActivityInput.RepeatOf(activity), WeekOfMonth = activity.WeekOfMonth, UntilDate = activity.UntilDate,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        Activity? activity = null;
        if (id is not null)
        {
            activity = await db.Activities.Include(a => a.Occurrences.OrderBy(o => o.StartUtc)).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (activity is null) return NotFound();
            if (!await MayTendAsync(activity.AreaId)) return Forbid();
            (Id, Dates) = (activity.Id, activity.Occurrences);
        }
        Validate(activity);
        if (!ModelState.IsValid) return this.InvalidPage();

        var now = clock.UtcNow;
        var capacityGrew = activity is not null && (Input.Capacity is null || Input.Capacity > activity.Capacity);
        activity ??= db.Activities.Add(new Activity { Title = "", Description = "", Organiser = "", CreatedUtc = now }).Entity;
        var (frequency, interval) = Input.Rule;
        activity.Title = Input.Title.Trim();
        activity.Description = Input.Description.Trim();
        activity.Kind = Input.Kind!.Value;
        activity.Audience = Input.Audience!.Value;
        activity.AreaId = Input.AreaId!.Value;
        activity.PointId = Input.PointId;
        activity.Place = Input.PointId is null ? Input.Place?.Trim() : null;
        activity.PriceCents = (int)Math.Round(Input.Price * 100);
        activity.WhatToBring = string.IsNullOrWhiteSpace(Input.WhatToBring) ? null : Input.WhatToBring.Trim();
        activity.WheelchairAccessible = Input.WheelchairAccessible;
        activity.LowThreshold = Input.LowThreshold;
        activity.Organiser = Input.Organiser.Trim();
        activity.OrganiserId ??= User.PersonId();
        activity.TakesRegistrations = Input.TakesRegistrations;
        activity.Capacity = Input.TakesRegistrations ? Input.Capacity : null;
        activity.RegistrationClosesHoursBefore = Input.ClosesHoursBefore;
        activity.StartTime = Input.StartTime!.Value;
        activity.DurationMinutes = Duration();
        (activity.Frequency, activity.Interval, activity.FirstDate) = (frequency, interval, Input.FirstDate!.Value);
        activity.WeekOfMonth = frequency == Frequency.Monthly ? Input.WeekOfMonth : null;
        activity.UntilDate = frequency == Frequency.Once ? null : Input.UntilDate;
        activity.UpdatedUtc = now;

        var ids = activity.Occurrences.Select(o => o.Id).ToList();
        var registered = (await db.Registrations.Where(r => ids.Contains(r.OccurrenceId)).Select(r => r.OccurrenceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var lost = Schedule.Apply(activity, now, registered, l["Activity.DateLeftSeries"]);
        await db.SaveChangesAsync(cancellationToken);
        if (capacityGrew)
            foreach (var occurrence in activity.Occurrences.Where(o => registered.Contains(o.Id) && o.StartUtc >= now && o.CancelledUtc is null))
                await registrations.TellPromotedAsync(occurrence.Id, await registrations.PromoteAsync(occurrence.Id, cancellationToken), cancellationToken);
        foreach (var occurrence in lost)
            await mails.TellCancelledAsync(occurrence.Id, cancellationToken);
        await changes.PublishedAsync();
        TempData["Notice"] = "Admin.Saved";
        return Redirect($"/beheer/activiteiten/{activity.Id}");
    }

    private int Duration() => (int)(Input.EndTime!.Value.ToTimeSpan() - Input.StartTime!.Value.ToTimeSpan()).TotalMinutes;

    private void Validate(Activity? activity)
    {
        ModelState.CheckPlace((Areas, Points), Input.AreaId, Input.PointId, l, "Activity.PointNotInArea");
        if (Input.PointId is null && string.IsNullOrWhiteSpace(Input.Place))
            ModelState.AddModelError("Input.Place", l["Activity.PlaceNeeded"]);
        if (Input.StartTime is not null && Input.EndTime is not null && Duration() is <= 0 or > Activity.MaxDurationMinutes)
            ModelState.AddModelError("Input.EndTime", l["Activity.EndBeforeStart"]);
        if (Input.FirstDate is { } first)
        {
            var today = clock.Today.ToDateOnly();
            // A new activity starts from today; a changed one may keep its past first date.
            if (first < today.AddYears(-1) || (activity is null && first < today))
                ModelState.AddModelError("Input.FirstDate", l["Activity.FirstDateInPast"]);
            else if (first > today.AddYears(Recurrence.MaxYears))
                ModelState.AddModelError("Input.FirstDate", l["Activity.TooFarAhead", Recurrence.MaxYears]);
            else
            {
                var (frequency, interval) = Input.Rule;
                var rule = new Recurrence(frequency, LocalDate.FromDateOnly(first), interval, frequency == Frequency.Monthly ? Input.WeekOfMonth : null,
                    Input.UntilDate is { } until ? LocalDate.FromDateOnly(until) : null);
                if (rule.Check() is var problem && problem != RecurrenceProblem.None)
                    ModelState.AddModelError(problem is RecurrenceProblem.BadWeekOfMonth ? "Input.WeekOfMonth" : "Input.UntilDate",
                        l[$"Activity.Recurrence.{problem}", Recurrence.MaxDates, Recurrence.MaxYears]);
            }
        }
        if (activity is not null && Input.TakesRegistrations && Schedule.TooFullFor(activity, Input.Capacity, clock.UtcNow) is { } full)
            ModelState.AddModelError("Input.Capacity", l["Activity.CapacityBelowTaken", full.Taken, MunicipalClock.Local(full.StartUtc).ToString("d MMMM", null)]);
    }

    private Task<bool> MayTendAsync(int areaId) => authorization.MayTendAsync(User, areaId);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        (Areas, Points) = await TendedPlaces.LoadAsync(db, User, cancellationToken);
}
