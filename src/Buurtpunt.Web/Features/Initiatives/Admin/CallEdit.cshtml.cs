using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Admin;

/// <summary>One call: its texts, period, budget and support threshold, and per track whether it is offered, its maximum and its form.</summary>
public class CallEditModel(AppDbContext db, MunicipalClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Call Call { get; private set; } = null!;

    [BindProperty] public CallInput Input { get; set; } = new();
    [BindProperty] public EditInput Edit { get; set; } = new();
    [BindProperty] public List<TrackInput> Tracks { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        Input = new CallInput { Title = Call.Title, OpensOn = Call.OpensOn, ClosesOn = Call.ClosesOn, Budget = Money.Edit(Call.BudgetCents) };
        Edit = new EditInput { Intro = Call.Intro, Eligibility = Call.Eligibility, SupportThreshold = Call.SupportThreshold };
        Tracks = [.. Call.Tracks.Select(t => new TrackInput { Kind = t.Kind, Offered = t.Offered, MaxAmount = Money.Edit(t.MaxAmountCents), Intro = t.Intro })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        var budget = Input.Check(ModelState, l, clock.Today.ToDateOnly());
        var maxima = new Dictionary<TrackKind, long>();
        for (var i = 0; i < Tracks.Count; i++)
            if (Money.ReadCents(Tracks[i].MaxAmount, $"Tracks[{i}].MaxAmount", ModelState, l, CallInput.MaxBudgetCents) is { } cents)
            {
                if (cents > budget) ModelState.AddModelError($"Tracks[{i}].MaxAmount", l["Calls.TrackAboveBudget"]);
                maxima[Tracks[i].Kind] = cents;
            }
        if (Tracks.Count != Call.Tracks.Count || Tracks.Any(t => Call.Tracks.All(c => c.Kind != t.Kind))) return BadRequest();
        if (!Tracks.Any(t => t.Offered)) ModelState.AddModelError("Tracks", l["Calls.NoTrack"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        var call = await db.Calls.Include(c => c.Tracks).SingleAsync(c => c.Id == id, cancellationToken);
        (call.Title, call.OpensOn, call.ClosesOn, call.BudgetCents) = (Input.Title.Trim(), Input.OpensOn!.Value, Input.ClosesOn!.Value, budget);
        (call.Intro, call.Eligibility, call.SupportThreshold) = (Edit.Intro.Trim(), Edit.Eligibility.Trim(), Edit.SupportThreshold);
        foreach (var track in call.Tracks)
        {
            var input = Tracks.Single(t => t.Kind == track.Kind);
            (track.Offered, track.Intro) = (input.Offered, input.Intro?.Trim() ?? "");
            if (maxima.TryGetValue(track.Kind, out var max)) track.MaxAmountCents = max;
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Calls.Saved";
        return Redirect($"/beheer/oproepen/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Tracks).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null) return NotFound();
        call.Tracks = [.. call.Tracks.OrderBy(t => t.Kind)];
        Call = call;
        return null;
    }

    public sealed class EditInput
    {
        [Display(Name = "Calls.Field.Intro"), Required, StringLength(Call.TextMaxLength)]
        public string Intro { get; set; } = "";

        [Display(Name = "Calls.Field.Eligibility"), Required, StringLength(Call.TextMaxLength)]
        public string Eligibility { get; set; } = "";

        [Display(Name = "Calls.Field.SupportThreshold"), Range(0, 100)]
        public int SupportThreshold { get; set; }
    }

    public sealed class TrackInput
    {
        [EnumDataType(typeof(TrackKind), ErrorMessage = "Validation.UnknownChoice")]
        public TrackKind Kind { get; set; }

        public bool Offered { get; set; }

        [Display(Name = "Calls.Field.MaxAmount"), Required, StringLength(20)]
        public string MaxAmount { get; set; } = "";

        [Display(Name = "Calls.Field.TrackIntro"), StringLength(Track.IntroMaxLength)]
        public string? Intro { get; set; }
    }
}
