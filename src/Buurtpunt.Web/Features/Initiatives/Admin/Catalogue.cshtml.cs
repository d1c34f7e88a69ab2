using Buurtpunt.Core.Forms;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Admin;

/// <summary>
/// The catalogue of ready-made offers for a call's join track (a street party kit, a bench, planters,
/// a games box): name, what it is, what it is worth. The join form's first choice question lists the
/// offers, so the form stays the one shared form engine and the resident picks from the catalogue.
/// </summary>
public class CatalogueModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxOffers = 30, EmptyRows = 2;

    public sealed class Row
    {
        public int? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? Value { get; set; }
        public bool Remove { get; set; }
    }

    public Call Call { get; private set; } = null!;
    [BindProperty] public List<Row> Offers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        Offers = await db.Offers.AsNoTracking().Where(o => o.CallId == id).OrderBy(o => o.Position)
            .Select(o => new Row { Id = o.Id, Name = o.Name, Description = o.Description, Value = Money.Edit(o.ValueCents) }).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing) return missing;
        var existing = await db.Offers.Where(o => o.CallId == id).ToListAsync(cancellationToken);
        var kept = new List<(Row Row, long Cents)>();
        for (var i = 0; i < Offers.Count; i++)
        {
            var row = Offers[i];
            if (row.Remove || (row.Id is null && string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrWhiteSpace(row.Description) && string.IsNullOrWhiteSpace(row.Value))) continue;
            if (row.Id is { } known && existing.All(o => o.Id != known)) return NotFound();
            var name = row.Name?.Trim() ?? "";
            if (name.Length == 0) ModelState.AddModelError($"Offers[{i}].Name", l["Validation.Required", l["Catalogue.Field.Name"]]);
            if (name.Length > Offer.NameMaxLength) ModelState.AddModelError($"Offers[{i}].Name", l["Validation.MaxLength", l["Catalogue.Field.Name"], Offer.NameMaxLength]);
            if ((row.Description?.Length ?? 0) > Offer.DescriptionMaxLength) ModelState.AddModelError($"Offers[{i}].Description", l["Validation.MaxLength", l["Catalogue.Field.Description"], Offer.DescriptionMaxLength]);
            var cents = Money.ReadCents(row.Value, $"Offers[{i}].Value", ModelState, l, Call.Tracks.Single(t => t.Kind == TrackKind.Join).MaxAmountCents) ?? 0;
            kept.Add((row, cents));
        }
        if (kept.Count > MaxOffers) ModelState.AddModelError("Offers", l["Catalogue.TooMany", MaxOffers]);
        if (kept.Select(k => k.Row.Name?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != kept.Count) ModelState.AddModelError("Offers", l["Catalogue.SameName"]);
        if (!ModelState.IsValid) return this.InvalidPage();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Offers.RemoveRange(existing.Where(o => kept.All(k => k.Row.Id != o.Id)));
        var position = 0;
        foreach (var (row, cents) in kept)
        {
            var offer = existing.SingleOrDefault(o => o.Id == row.Id) ?? db.Offers.Add(new Offer { CallId = id, Name = "" }).Entity;
            (offer.Name, offer.Description, offer.ValueCents, offer.Position) = (row.Name!.Trim(), row.Description?.Trim() ?? "", cents, ++position);
        }
        await ListInJoinFormAsync(kept.Select(k => k.Row.Name!.Trim()).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Notice"] = "Catalogue.Saved";
        return Redirect($"/beheer/oproepen/{id}/catalogus");
    }

    /// <summary>The join form's first choice question offers exactly the catalogue (one is added when the form has none).</summary>
    private async Task ListInJoinFormAsync(List<string> names, CancellationToken cancellationToken)
    {
        var form = Call.Tracks.Single(t => t.Kind == TrackKind.Join).QuestionnaireId;
        var question = await db.FormQuestions.Where(q => q.QuestionnaireId == form && q.Kind == QuestionKind.Choice).OrderBy(q => q.Position).FirstOrDefaultAsync(cancellationToken);
        if (names.Count == 0) return;
        if (question is null)
        {
            await db.FormQuestions.Where(q => q.QuestionnaireId == form).ExecuteUpdateAsync(s => s.SetProperty(q => q.Position, q => q.Position + 1), cancellationToken);
            db.FormQuestions.Add(question = new FormQuestion { QuestionnaireId = form, Position = 1, Kind = QuestionKind.Choice, Label = l["Catalogue.Question"], Required = true });
        }
        question.Options = names;
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Tracks).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null) return NotFound();
        Call = call;
        return null;
    }
}
