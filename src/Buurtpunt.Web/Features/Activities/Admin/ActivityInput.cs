using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Activities;

namespace Buurtpunt.Web.Features.Activities.Admin;

/// <summary>The activity form: what, where, for whom, when and how often, and how to join.</summary>
public sealed class ActivityInput
{
    [Display(Name = "Activity.Field.Title"), Required, StringLength(Activity.TitleMaxLength)]
    public string Title { get; set; } = "";

    [Display(Name = "Activity.Field.Description"), Required, StringLength(Activity.DescriptionMaxLength)]
    public string Description { get; set; } = "";

    [Display(Name = "Activity.Field.Kind"), Required, EnumDataType(typeof(ActivityKind), ErrorMessage = "Validation.UnknownChoice")]
    public ActivityKind? Kind { get; set; }

    [Display(Name = "Activity.Field.Audience"), Required, EnumDataType(typeof(Audience), ErrorMessage = "Validation.UnknownChoice")]
    public Audience? Audience { get; set; }

    [Display(Name = "Field.Area"), Required]
    public int? AreaId { get; set; }

    public int? PointId { get; set; }

    [Display(Name = "Activity.Field.Place"), StringLength(200)]
    public string? Place { get; set; }

    [Display(Name = "Activity.Field.Price"), Range(0, Activity.MaxPriceCents / 100)]
    public decimal Price { get; set; }

    [Display(Name = "Activity.Field.WhatToBring"), StringLength(300)]
    public string? WhatToBring { get; set; }

    public bool WheelchairAccessible { get; set; }
    public bool LowThreshold { get; set; }

    [Display(Name = "Activity.Field.Organiser"), Required, StringLength(120)]
    public string Organiser { get; set; } = "";

    public bool TakesRegistrations { get; set; }

    [Display(Name = "Activity.Field.Capacity"), Range(1, Activity.MaxCapacity)]
    public int? Capacity { get; set; }

    [Display(Name = "Activity.Field.ClosesHoursBefore"), Range(0, Activity.MaxClosesHoursBefore)]
    public int ClosesHoursBefore { get; set; }

    [Display(Name = "Activity.Field.FirstDate"), Required]
    public DateOnly? FirstDate { get; set; }

    [Display(Name = "Activity.Field.StartTime"), Required]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Activity.Field.EndTime"), Required]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Activity.Field.Repeat"), Required, RegularExpression("^(once|weekly|fortnightly|monthly)$", ErrorMessage = "Validation.UnknownChoice")]
    public string Repeat { get; set; } = "once";

    [Display(Name = "Activity.Field.WeekOfMonth"), Range(-1, 4, ErrorMessage = "Validation.UnknownChoice")]
    public int? WeekOfMonth { get; set; }

    [Display(Name = "Activity.Field.UntilDate")]
    public DateOnly? UntilDate { get; set; }

    public (Frequency Frequency, int Interval) Rule => Repeat switch
    {
        "weekly" => (Frequency.Weekly, 1),
        "fortnightly" => (Frequency.Weekly, 2),
        "monthly" => (Frequency.Monthly, 1),
        _ => (Frequency.Once, 1),
    };

    public static string RepeatOf(Activity activity) => activity.Frequency switch
    {
        Frequency.Weekly when activity.Interval == 2 => "fortnightly",
        Frequency.Weekly => "weekly",
        Frequency.Monthly => "monthly",
        _ => "once",
    };
}
