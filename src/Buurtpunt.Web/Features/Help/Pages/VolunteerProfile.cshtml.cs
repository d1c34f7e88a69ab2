using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>
/// A resident offers to help, or changes what they offer: kinds and talents, languages, the weekly
/// grid, one period away, how much and how far. A change to what or how much never undoes a
/// worker's approval; pausing takes them out of proposals until they resume.
/// </summary>
public class VolunteerProfileModel(AppDbContext db, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public List<(int Id, string Name)> Areas { get; private set; } = [];
    public bool Exists { get; private set; }
    public bool Approved { get; private set; }

    [BindProperty] public VolunteerInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } me) return Challenge();
        await LoadAreasAsync(cancellationToken);
        var volunteer = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.UserId == me, cancellationToken);
        if (volunteer is null)
        {
            Input.AreaId = await db.Users.Where(u => u.Id == me).Select(u => u.AreaId).SingleAsync(cancellationToken) ?? Areas.FirstOrDefault().Id;
            Input.Languages = ["nl"];
            return Page();
        }
        (Exists, Approved) = (true, volunteer.ApprovedUtc is not null);
        Input = new VolunteerInput
        {
            AreaId = volunteer.AreaId, Kinds = volunteer.Kinds, Talents = volunteer.Talents, Languages = volunteer.Languages, Slots = volunteer.Slots,
            CanMeet = Enum.GetValues<Needs>().Where(n => n != Needs.None && volunteer.CanMeet.HasFlag(n)).ToList(),
            RangeKm = volunteer.RangeKm, Travel = volunteer.Travel, MaxRequests = volunteer.MaxRequests, HoursPerWeek = volunteer.HoursPerWeek,
            AwayFrom = volunteer.AwayFrom, AwayUntil = volunteer.AwayUntil, Paused = volunteer.Paused,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } me) return Challenge();
        await LoadAreasAsync(cancellationToken);
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.UserId == me, cancellationToken);
        (Exists, Approved) = (volunteer is not null, volunteer?.ApprovedUtc is not null);
        if (Input.AreaId is { } area && Areas.All(a => a.Id != area)) ModelState.AddModelError("Input.AreaId", l["Validation.UnknownChoice"]);
        if (Input.Kinds.Count == 0) ModelState.AddModelError("Input.Kinds", l["Volunteer.KindsNeeded"]);
        if (Input.Slots.Count == 0) ModelState.AddModelError("Input.Slots", l["Volunteer.SlotsNeeded"]);
        if (Input.Slots.Any(s => s is < 0 or > 20)) ModelState.AddModelError("Input.Slots", l["Validation.UnknownChoice"]);
        if (Input.Languages.Count == 0 || Input.Languages.Any(x => !HelpRequest.Languages.Contains(x))) ModelState.AddModelError("Input.Languages", l["Volunteer.LanguagesNeeded"]);
        if (!Volunteer.Ranges.Contains(Input.RangeKm)) ModelState.AddModelError("Input.RangeKm", l["Validation.UnknownChoice"]);
        if (Input.AwayFrom is null != Input.AwayUntil is null || Input.AwayUntil < Input.AwayFrom) ModelState.AddModelError("Input.AwayUntil", l["Volunteer.AwayPeriod"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        volunteer ??= db.Volunteers.Add(new Volunteer { UserId = me }).Entity;
        volunteer.AreaId = Input.AreaId!.Value;
        volunteer.Kinds = Input.Kinds.Distinct().Order().ToList();
        volunteer.Talents = Input.Talents.Where(Input.Kinds.Contains).Distinct().Order().ToList();
        volunteer.Languages = Input.Languages.Distinct().ToList();
        volunteer.Slots = Input.Slots.Distinct().Order().ToList();
        volunteer.CanMeet = Input.CanMeet.Aggregate(Needs.None, (all, need) => all | need);
        (volunteer.RangeKm, volunteer.Travel, volunteer.MaxRequests, volunteer.HoursPerWeek) = (Input.RangeKm, Input.Travel, Input.MaxRequests, Input.HoursPerWeek);
        (volunteer.AwayFrom, volunteer.AwayUntil, volunteer.Paused, volunteer.UpdatedUtc) = (Input.AwayFrom, Input.AwayUntil, Input.Paused, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = volunteer.ApprovedUtc is null ? "Volunteer.SavedWaiting" : "Volunteer.Saved";
        return Redirect("/hulp/vrijwilliger");
    }

    private async Task LoadAreasAsync(CancellationToken cancellationToken) =>
        Areas = (await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Name)).ToList();

    public sealed class VolunteerInput
    {
        [Display(Name = "Volunteer.Field.Area"), Required]
        public int? AreaId { get; set; }

        public List<HelpKind> Kinds { get; set; } = [];
        public List<HelpKind> Talents { get; set; } = [];
        public List<string> Languages { get; set; } = [];
        public List<int> Slots { get; set; } = [];
        public List<Needs> CanMeet { get; set; } = [];

        [Display(Name = "Volunteer.Field.RangeKm")]
        public int RangeKm { get; set; } = 5;

        [Display(Name = "Volunteer.Field.Travel"), EnumDataType(typeof(Travel), ErrorMessage = "Validation.UnknownChoice")]
        public Travel Travel { get; set; } = Travel.Bike;

        [Display(Name = "Volunteer.Field.MaxRequests"), Range(1, Volunteer.MaxRequestsLimit)]
        public int MaxRequests { get; set; } = 2;

        [Display(Name = "Volunteer.Field.HoursPerWeek"), Range(1, Volunteer.MaxHoursPerWeek)]
        public int HoursPerWeek { get; set; } = 3;

        [Display(Name = "Volunteer.Field.AwayFrom")]
        public DateOnly? AwayFrom { get; set; }

        [Display(Name = "Volunteer.Field.AwayUntil")]
        public DateOnly? AwayUntil { get; set; }

        public bool Paused { get; set; }
    }
}
