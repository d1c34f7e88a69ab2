using Buurtpunt.Core.Help;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Help;


/// <summary>
/// A resident's request for a neighbour's help. Where it happens is their home (the address is
/// never public: only the area's staff, and later the volunteer who accepted, see it) or a point.
/// A recurring request ("every Thursday morning for six weeks") is one request with
/// <see cref="RepeatWeeks"/> windows, so the same volunteer keeps it.
/// </summary>
public class HelpRequest : ITenantOwned
{
    public const int DescriptionMaxLength = 1000;
    public const int MaxRepeatWeeks = 12;
    public const int PhoneMaxLength = 30;
    public const int MinMinutes = 15, MaxMinutes = 8 * 60;
    public static readonly string[] Languages = ["nl", "fr", "en", "de", "ar", "tr", "pl", "ro", "es", "uk"];

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int AreaId { get; set; }
    public Guid RequesterId { get; set; }
    public Guid? EnteredById { get; set; }
    public HelpKind Kind { get; set; }
    public required string Description { get; set; }
    /// <summary>The point where help happens; null means at the requester's home (<see cref="Address"/>).</summary>
    public int? PointId { get; set; }
    public string? Address { get; set; }
    /// <summary>How the volunteer reaches the person once they accepted (never shown before).</summary>
    public string? Phone { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly Until { get; set; }
    public int Minutes { get; set; }
    public int RepeatWeeks { get; set; } = 1;
    public string? Language { get; set; }
    public Needs Needs { get; set; }
    public HelpStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime StatusChangedUtc { get; set; }
    /// <summary>What the worker wrote when closing it (help given, or why no one was found).</summary>
    public string? Outcome { get; set; }

    /// <summary>The windows the matcher must cover: the date, then every week after it.</summary>
    public IReadOnlyList<Window> Windows() => Enumerable.Range(0, RepeatWeeks)
        .Select(w => new Window(Date.AddDays(7 * w), From.Hour * 60 + From.Minute, Until.Hour * 60 + Until.Minute)).ToList();
}
