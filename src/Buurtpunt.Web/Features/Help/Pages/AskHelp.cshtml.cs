using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Help;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Auditing;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Help.Pages;

/// <summary>
/// Asking a neighbour for help: what, when (once, or weekly for some weeks), where (at home or at
/// a point) and what the helper should be able to do. A worker acting for a resident asks in
/// their name (both are recorded and the action audited). The home address is prefilled from the
/// person's file and is never shown to anyone but staff and, later, the volunteer who accepted.
/// </summary>
public class AskHelpModel(AppDbContext db, OnBehalf onBehalf, MunicipalClock clock, Audit audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Choice(int Id, string Name, int AreaId);

    public List<Choice> Areas { get; private set; } = [];
    public List<Choice> Points { get; private set; } = [];
    public string? ActingFor { get; private set; }

    [BindProperty] public HelpInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        await LoadAsync(actor, cancellationToken);
        var person = await db.Users.AsNoTracking().Where(u => u.Id == actor.PersonId).Select(u => new { u.AreaId, u.PostalAddress, u.PhoneNumber }).SingleAsync(cancellationToken);
        Input.AreaId = person.AreaId ?? Areas.FirstOrDefault()?.Id;
        Input.Address = person.PostalAddress;
        Input.Phone = person.PhoneNumber;
        Input.Date = clock.Today.PlusDays(2).ToDateOnly();
        (Input.From, Input.Until) = (new TimeOnly(9, 0), new TimeOnly(12, 0));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await onBehalf.ActorAsync(cancellationToken) is not { } actor) return Challenge();
        await LoadAsync(actor, cancellationToken);
        if (Input.AreaId is { } area && Areas.All(a => a.Id != area)) ModelState.AddModelError("Input.AreaId", l["Validation.UnknownChoice"]);
        if (Input.PointId is { } point && Points.All(p => p.Id != point || p.AreaId != Input.AreaId)) ModelState.AddModelError("Input.PointId", l["Help.PointNotInArea"]);
        if (Input.PointId is null && string.IsNullOrWhiteSpace(Input.Address)) ModelState.AddModelError("Input.Address", l["Help.AddressNeeded"]);
        if (Input.From is { } from && Input.Until is { } until)
        {
            if (until <= from) ModelState.AddModelError("Input.Until", l["Help.UntilBeforeFrom"]);
            else if ((until - from).TotalMinutes < Input.Minutes) ModelState.AddModelError("Input.Minutes", l["Help.LongerThanWindow"]);
        }
        var today = clock.Today.ToDateOnly();
        if (Input.Date is { } date && (date < today || date > today.AddMonths(6))) ModelState.AddModelError("Input.Date", l["Help.DateOutOfRange"]);
        if (Input.Language is { } language && !HelpRequest.Languages.Contains(language)) ModelState.AddModelError("Input.Language", l["Validation.UnknownChoice"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        var now = clock.UtcNow;
        var request = new HelpRequest
        {
            AreaId = Input.AreaId!.Value, RequesterId = actor.PersonId, EnteredById = actor.EnteredById, Kind = Input.Kind!.Value,
            Description = Input.Description.Trim(), PointId = Input.PointId, Address = Input.PointId is null ? Input.Address!.Trim() : null,
            Phone = string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone.Trim(),
            Date = Input.Date!.Value, From = Input.From!.Value, Until = Input.Until!.Value, Minutes = Input.Minutes, RepeatWeeks = Input.RepeatWeeks,
            Language = Input.Language, Needs = Input.Needs.Aggregate(Needs.None, (all, need) => all | need),
            Status = HelpStatus.Open, CreatedUtc = now, StatusChangedUtc = now,
        };
        db.HelpRequests.Add(request);
        // A worker asking for a resident is recorded in the same transaction (the entry names the new request's number).
        await using var transaction = actor.EnteredById is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await audit.RecordAsync(AuditActions.ActedOnBehalf, actor.PersonId, $"help request {request.Id}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        TempData["Notice"] = "Help.Asked";
        return Redirect($"/hulp/{request.Id}");
    }

    private async Task LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.EnteredById is not null)
            ActingFor = await db.Users.AsNoTracking().Where(u => u.Id == actor.PersonId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        Areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new Choice(a.Id, a.Name, a.Id)).ToListAsync(cancellationToken);
        Points = await db.Points.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name, p.AreaId)).ToListAsync(cancellationToken);
    }

    public sealed class HelpInput
    {
        [Display(Name = "Help.Field.Kind"), Required(ErrorMessage = "Help.KindNeeded"), EnumDataType(typeof(HelpKind), ErrorMessage = "Validation.UnknownChoice")]
        public HelpKind? Kind { get; set; }

        [Display(Name = "Help.Field.Description"), Required, StringLength(HelpRequest.DescriptionMaxLength)]
        public string Description { get; set; } = "";

        [Display(Name = "Field.Area"), Required]
        public int? AreaId { get; set; }

        public int? PointId { get; set; }

        [Display(Name = "Help.Field.Address"), StringLength(People.User.PostalAddressMaxLength)]
        public string? Address { get; set; }

        [Display(Name = "Help.Field.Phone"), StringLength(HelpRequest.PhoneMaxLength), RegularExpression(@"^\+?[0-9 ./()-]{6,25}$", ErrorMessage = "Validation.Phone")]
        public string? Phone { get; set; }

        [Display(Name = "Help.Field.Date"), Required]
        public DateOnly? Date { get; set; }

        [Display(Name = "Help.Field.From"), Required]
        public TimeOnly? From { get; set; }

        [Display(Name = "Help.Field.Until"), Required]
        public TimeOnly? Until { get; set; }

        [Display(Name = "Help.Field.Minutes"), Range(HelpRequest.MinMinutes, HelpRequest.MaxMinutes)]
        public int Minutes { get; set; } = 60;

        [Display(Name = "Help.Field.RepeatWeeks"), Range(1, HelpRequest.MaxRepeatWeeks)]
        public int RepeatWeeks { get; set; } = 1;

        public string? Language { get; set; }

        public List<Needs> Needs { get; set; } = [];
    }
}
