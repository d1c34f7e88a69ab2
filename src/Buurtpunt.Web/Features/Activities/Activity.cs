using Buurtpunt.Core.Activities;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Workflow;
using NodaTime;

namespace Buurtpunt.Web.Features.Activities;

public enum ActivityKind { Meeting, Workshop, RepairCafe, Sport, Culture, CleanUp, Meal, Other }

public enum Audience { Everyone, Children, Youth, Seniors }

/// <summary>
/// An activity: once, or a series (the weekly coffee morning). What it is, where, for whom and
/// how to join is kept here; each date is an <see cref="Occurrence"/> with its own places,
/// registrations, and possibly its own time, note or cancellation.
/// </summary>
public class Activity : ITenantOwned
{
    public const int TitleMaxLength = 140;
    public const int DescriptionMaxLength = 4000;
    public const int MaxCapacity = 500;
    public const int MaxPriceCents = 100_000;
    public const int MaxDurationMinutes = 12 * 60;
    public const int MaxClosesHoursBefore = 14 * 24;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int AreaId { get; set; }
    /// <summary>The point where it happens; null when it happens at <see cref="Place"/>.</summary>
    public int? PointId { get; set; }
    public string? Place { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public ActivityKind Kind { get; set; }
    public Audience Audience { get; set; }
    /// <summary>In euro cents; 0 is free.</summary>
    public int PriceCents { get; set; }
    public string? WhatToBring { get; set; }
    public bool WheelchairAccessible { get; set; }
    /// <summary>Easy to join for anyone: no skills, no cost barrier, a warm welcome (the brochure lists these).</summary>
    public bool LowThreshold { get; set; }
    public required string Organiser { get; set; }
    /// <summary>The person who organises it and sees who registered (besides the area's lead and workers).</summary>
    public Guid? OrganiserId { get; set; }
    public bool TakesRegistrations { get; set; }
    /// <summary>Places per date; null is no limit.</summary>
    public int? Capacity { get; set; }
    public int RegistrationClosesHoursBefore { get; set; }
    public TimeOnly StartTime { get; set; }
    public int DurationMinutes { get; set; }
    public Frequency Frequency { get; set; }
    public DateOnly FirstDate { get; set; }
    public int Interval { get; set; } = 1;
    public int? WeekOfMonth { get; set; }
    public DateOnly? UntilDate { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public List<Occurrence> Occurrences { get; set; } = [];

    public Recurrence Recurrence => new(Frequency, LocalDate.FromDateOnly(FirstDate), Interval, WeekOfMonth,
        UntilDate is { } until ? LocalDate.FromDateOnly(until) : null);

    /// <summary>When a date starts and ends (UTC), from the wall-clock time in Brussels.</summary>
    public (DateTime Start, DateTime End) TimesOn(LocalDate date)
    {
        var start = MunicipalTime.ToUtc(date, LocalTime.FromTimeOnly(StartTime));
        return (start, start.AddMinutes(DurationMinutes));
    }
}

/// <summary>
/// One date of an activity. <see cref="Date"/> is the date the series gave it (its identity, also
/// in calendar feeds); a moved date keeps it and gets other times. <see cref="Taken"/> counts the
/// places of registered people and only ever changes in one conditional UPDATE, so it never
/// passes <see cref="Capacity"/>, also when two people take the last place at once. A date is moved, noted
/// and cancelled through its methods, which refuse what a cancelled date no longer allows.
/// </summary>
public class Occurrence : ITenantOwned
{
    public const int NoteMaxLength = 500;

    /// <summary>Why a cancelled date is neither moved nor noted: the people registered were told it does not take place.</summary>
    private static readonly StepResult IsCancelled = StepResult.Refused("Activity.CancelledNoChange");

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public DateOnly Date { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public bool Moved { get; set; }
    public string? Note { get; set; }
    public DateTime? CancelledUtc { get; set; }
    public string? CancelReason { get; set; }
    public int? Capacity { get; set; }
    public int Taken { get; set; }

    public int? PlacesLeft => Capacity is { } capacity ? Math.Max(0, capacity - Taken) : null;

    /// <summary>Other times for this date only (it keeps its <see cref="Date"/>, and the series no longer re-times it).</summary>
    public StepResult Move(DateTime startUtc, DateTime endUtc)
    {
        if (CancelledUtc is not null) return IsCancelled;
        (StartUtc, EndUtc, Moved) = (startUtc, endUtc, true);
        return StepResult.Done;
    }

    /// <summary>A note for this date only ("bring your own cup"); empty removes it.</summary>
    public StepResult WriteNote(string? note)
    {
        if (CancelledUtc is not null) return IsCancelled;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return StepResult.Done;
    }

    /// <summary>Cancels this date, once, with the reason the people registered are told.</summary>
    public StepResult Cancel(DateTime nowUtc, string reason)
    {
        if (CancelledUtc is not null) return StepResult.Invalid("Activity.AlreadyCancelled");
        (CancelledUtc, CancelReason) = (nowUtc, reason.Trim());
        return StepResult.Done;
    }
}

/// <summary>
/// Someone coming to one date: a person with an account, or a name and phone a worker took down
/// for a one-off. <see cref="Waiting"/> people hold no place yet; they move up in order.
/// </summary>
public class Registration : ITenantOwned
{
    public const int MaxPeople = 10;
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int OccurrenceId { get; set; }
    public Guid? PersonId { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public Guid? EnteredById { get; set; }
    public int People { get; set; } = 1;
    public bool Waiting { get; set; }
    public DateTime CreatedUtc { get; set; }
    public bool? Attended { get; set; }
    /// <summary>When the reminder for the day before went out; set before sending, so it never goes twice.</summary>
    public DateTime? RemindedUtc { get; set; }
}
