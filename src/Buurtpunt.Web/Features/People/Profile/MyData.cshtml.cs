using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.People.Profile;

/// <summary>The right of access: everything held about the person, readable and as a JSON file.</summary>
public class MyDataModel(UserManager<User> users, PersonalData personalData) : PageModel
{
    public IReadOnlyList<PersonalData.Section>? Sections { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Sections = await LoadAsync(cancellationToken);
        return Sections is null ? Challenge() : Page();
    }

    private async Task<IReadOnlyList<PersonalData.Section>?> LoadAsync(CancellationToken cancellationToken) =>
        users.GetUserId(User) is { } id ? await personalData.ExportAsync(Guid.Parse(id), cancellationToken) : null;
}
