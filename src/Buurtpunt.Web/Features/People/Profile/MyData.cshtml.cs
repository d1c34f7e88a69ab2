using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buurtpunt.Web.Features.People.Profile;

/// <summary>The right of access: everything held about the person, readable and as a JSON file.</summary>
public class MyDataModel(UserManager<User> users, PersonalData personalData) : PageModel
{
    public PersonalData.Export? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await LoadAsync(cancellationToken);
        return Data is null ? Challenge() : Page();
    }

    private async Task<PersonalData.Export?> LoadAsync(CancellationToken cancellationToken) =>
        users.GetUserId(User) is { } id ? await personalData.ExportAsync(Guid.Parse(id), cancellationToken) : null;
}
