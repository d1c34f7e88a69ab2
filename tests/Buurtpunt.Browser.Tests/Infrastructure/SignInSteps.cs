using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Infrastructure;

public static class SignInSteps
{
    /// <summary>Signs in with the demo password the way a person does; staff also type their authenticator code.</summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string email)
    {
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        if (page.Url.Contains("/aanmelden/code"))
        {
            await page.GetByLabel("Code van 6 cijfers").FillAsync(await KestrelFactory.ServingAt(baseUrl).FreshCodeAsync(email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).Last.ClickAsync();
        }
    }
}
