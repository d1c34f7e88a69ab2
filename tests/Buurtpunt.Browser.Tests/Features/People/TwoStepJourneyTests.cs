using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.People;

public class TwoStepJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task Resident_turns_on_two_step_sign_in_and_asks_for_another_email_address()
    {
        var baseUrl = app.Url();
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(DemoSeeder.ResidentEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await page.GotoAsync(baseUrl + "/profiel");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden in twee stappen instellen" }).ClickAsync();
        await page.ExamineAsync("two-step-setup");
        var key = (await page.Locator("code.key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await page.GetByLabel("Code van 6 cijfers").FillAsync(await app.FreshCodeAsync(DemoSeeder.ResidentEmail, key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inschakelen" }).ClickAsync();
        Assert.Equal(10, await page.Locator(".codes code").CountAsync());
        await page.ExamineAsync("two-step-recovery-codes");

        await page.GotoAsync(baseUrl + "/profiel/e-mail");
        await page.ExamineAsync("change-email");
        await page.GetByLabel("Nieuw e-mailadres").FillAsync("rik.nieuw@voorbeeld.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur de link" }).ClickAsync();
        Assert.Equal("Kijk in uw mailbox", await page.Locator("h1").InnerTextAsync());
        var mail = await app.Mail!.WaitForAsync("rik.nieuw@voorbeeld.example", "Bevestig uw nieuwe e-mailadres");
        await page.GotoAsync(baseUrl + new Uri(MailSink.LinkIn(mail)).PathAndQuery);
        Assert.Equal("Uw nieuwe e-mailadres is bevestigd", await page.Locator("h1").InnerTextAsync());
        await page.ExamineAsync("email-changed");
    }
}
