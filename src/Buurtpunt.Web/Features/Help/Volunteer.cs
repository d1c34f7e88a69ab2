using Buurtpunt.Core.Help;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Help;

public enum Travel { Foot, Bike, Car }

/// <summary>
/// What a volunteer offers: kinds of help and talents, languages, a weekly grid of free parts of
/// the day, one period away, how much (requests at once, hours a week) and how far. A worker
/// approves a volunteer after a talk before the matcher proposes them; they can pause.
/// </summary>
public class Volunteer : ITenantOwned
{
    /// <summary>The parts of a day in the grid, as minutes after midnight.</summary>
    public static readonly (int From, int Until)[] DayParts = [(8 * 60, 12 * 60), (13 * 60, 17 * 60), (18 * 60, 21 * 60)];
    public static readonly int[] Ranges = [1, 2, 5, 10, 25];
    public const int MaxRequestsLimit = 5, MaxHoursPerWeek = 20;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Guid UserId { get; set; }
    public int AreaId { get; set; }
    public List<HelpKind> Kinds { get; set; } = [];
    public List<HelpKind> Talents { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    /// <summary>Free parts of the week: day (0 = Monday) × 3 + part (morning, afternoon, evening).</summary>
    public List<int> Slots { get; set; } = [];
    public Needs CanMeet { get; set; }
    public int RangeKm { get; set; } = 5;
    public Travel Travel { get; set; }
    public int MaxRequests { get; set; } = 2;
    public int HoursPerWeek { get; set; } = 3;
    public DateOnly? AwayFrom { get; set; }
    public DateOnly? AwayUntil { get; set; }
    public bool Paused { get; set; }
    public DateTime? ApprovedUtc { get; set; }
    public Guid? ApprovedById { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>
    /// Requests proposed to or accepted by this volunteer now, and the weekly minutes they hold.
    /// Kept by conditional updates (<see cref="HelpWork"/>), so two workers confirming at once can
    /// never push a volunteer over <see cref="MaxRequests"/> or <see cref="HoursPerWeek"/>.
    /// </summary>
    public int ActiveRequests { get; set; }
    public int MinutesTaken { get; set; }

    public static DayOfWeek DayOf(int slot) => (DayOfWeek)((slot / 3 + 1) % 7);

    /// <summary>The volunteer as the matcher sees them, living near <paramref name="home"/>, with the requests and minutes they already have.</summary>
    public MatchVolunteer ToMatch(GeoPoint home, int activeRequests, int minutesTaken) => new(
        Id, Kinds.ToHashSet(), Slots.Select(s => new WeeklySlot(DayOf(s), DayParts[s % 3].From, DayParts[s % 3].Until)).ToList(), home,
        RangeKm: RangeKm, Languages: Languages.ToHashSet(), CanMeet: CanMeet,
        Absences: AwayFrom is { } from && AwayUntil is { } until ? [(from, until)] : null,
        MaxRequests: MaxRequests, ActiveRequests: activeRequests, MinutesPerWeek: HoursPerWeek * 60, MinutesTaken: minutesTaken, Talents: Talents.ToHashSet());
}
