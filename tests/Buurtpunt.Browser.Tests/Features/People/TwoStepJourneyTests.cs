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

    [Fact]
    public async Task A_new_worker_signed_in_with_a_password_alone_is_told_their_work_waits_for_the_second_step()
    {
        var baseUrl = app.Url();
        const string email = "nieuwe-buurtwerker@haspenhove.example";
        await app.PersonAsync(email, [(Web.Features.People.Role.CommunityWorker, null)], twoSteps: false);
        var page = await browser.NewPageAsync(width: 360);
        await page.SignInAsync(baseUrl, email);

        // The password alone makes a resident's session: no staff menu, a notice with the way on.
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Beheer" }).CountAsync());
        Assert.Contains("Uw werk als medewerker gaat pas open na de tweede stap", await page.GetByRole(AriaRole.Region, new() { Name = "Tweede stap nodig" }).InnerTextAsync());
        await page.ExamineAsync("second-step-notice");
        await page.GotoAsync(baseUrl + "/balie/hulp");
        Assert.EndsWith("/profiel/tweestaps?nodig=1", page.Url);

        await page.GotoAsync(baseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Doe de tweede stap" }).ClickAsync();
        var key = (await page.Locator("code.key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await page.GetByLabel("Code van 6 cijfers").FillAsync(await app.FreshCodeAsync(email, key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inschakelen" }).ClickAsync();

        await page.GotoAsync(baseUrl + "/balie/hulp");
        Assert.EndsWith("/balie/hulp", page.Url);
        Assert.Equal(0, await page.GetByRole(AriaRole.Region, new() { Name = "Tweede stap nodig" }).CountAsync());
    }
}
