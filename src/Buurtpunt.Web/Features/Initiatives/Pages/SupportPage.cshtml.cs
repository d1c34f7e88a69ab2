using System.ComponentModel.DataAnnotations;
using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Ui;
using Buurtpunt.Web.Shared.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Initiatives.Pages;

/// <summary>
/// Where a neighbour supports an application, from the link or QR code the applicant shares. No
/// account is needed: a name and an address; one support per address counts. Nothing of other
/// supporters is ever shown here.
/// </summary>
public class SupportPageModel(AppDbContext db, Supports supports, IStringLocalizer<SharedResource> l) : PageModel
{
    public Application Application { get; private set; } = null!;
    public string? What { get; private set; }
    public bool Thanked { get; private set; }

    [BindProperty, Display(Name = "Support.Field.Name"), Required, StringLength(Support.NameMaxLength)]
    public string Name { get; set; } = "";

    [BindProperty, Display(Name = "Support.Field.Address"), Required, StringLength(Support.AddressMaxLength)]
    public string Address { get; set; } = "";

    [BindProperty] public bool Agree { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } missing) return missing;
        if (User.PersonId() is { } me && await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.DisplayName, u.PostalAddress }).SingleOrDefaultAsync(cancellationToken) is { } person)
            (Name, Address) = (person.DisplayName, person.PostalAddress ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } missing) return missing;
        if (!Agree) ModelState.AddModelError(nameof(Agree), l["Support.AgreeNeeded"]);
        if (!ModelState.IsValid) return this.InvalidPage();
        var result = await supports.AddAsync(Application, Name, Address, User.PersonId(), null, cancellationToken);
        if (!result.IsDone) return this.NotDonePage(result, field: result.Reason == Supports.AddressAlready ? nameof(Address) : "");
        Thanked = true;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var application = token.Length is > 10 and <= 32
            ? await db.Applications.AsNoTracking().Include(a => a.Call).Include(a => a.Track).SingleOrDefaultAsync(a => a.SupportToken == token, cancellationToken)
            : null;
        if (application is null || application.Status == Core.Initiatives.ApplicationStatus.Withdrawn) return NotFound();
        Application = application;
        // What the project is about: the first long answer the applicant gave.
        What = await db.FormAnswers.AsNoTracking().Where(a => a.ResponseId == application.ResponseId && a.Question!.Kind == QuestionKind.LongText)
            .OrderBy(a => a.Question!.Position).Select(a => a.Text).FirstOrDefaultAsync(cancellationToken);
        return null;
    }
}
