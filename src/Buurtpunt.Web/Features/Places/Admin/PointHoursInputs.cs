using System.ComponentModel.DataAnnotations;

namespace Buurtpunt.Web.Features.Places.Admin;

public sealed class WeeklyInput
{
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    [Display(Name = "Field.Opens"), Required]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Field.Closes"), Required]
    public TimeOnly? Closes { get; set; }
}

public sealed class ExceptionInput
{
    [Display(Name = "Field.Date"), Required]
    public DateOnly? Date { get; set; }

    public bool Closed { get; set; } = true;

    [Display(Name = "Field.Opens")]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Field.Closes")]
    public TimeOnly? Closes { get; set; }

    [Display(Name = "Field.Reason"), StringLength(OpeningExceptionDay.ReasonMaxLength)]
    public string? Reason { get; set; }
}

public sealed class PresenceInput
{
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    [Display(Name = "Field.From"), Required]
    public TimeOnly? From { get; set; }

    [Display(Name = "Field.Until"), Required]
    public TimeOnly? Until { get; set; }

    [Display(Name = "Field.Who"), Required, StringLength(Presence.WhoMaxLength)]
    public string Who { get; set; } = "";
}
