using System.Text.Json;
using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.People;

/// <summary>
/// Real passkeys in Chromium: its virtual authenticator (DevTools protocol, WebAuthn domain) stands
/// in for a phone's fingerprint reader, so the page, passkey.js and the server run as for a person.
/// </summary>
public class PasskeyJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    /// <summary>A platform authenticator that keeps discoverable passkeys and always verifies the user.</summary>
    private static async Task<(IPage Page, ICDPSession Devtools, string AuthenticatorId)> PageWithAuthenticatorAsync(BrowserFixture browser, int width = 1280)
    {
        var page = await browser.NewPageAsync(width: width);
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        var added = await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        return (page, devtools, added!.Value.GetProperty("authenticatorId").GetString()!);
    }

    private static async Task<List<string>> RelyingPartiesAsync(ICDPSession devtools, string authenticatorId)
    {
        var result = await devtools.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        return result!.Value.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("rpId").GetString()!).ToList();
    }

    private static async Task SignInWithPasskeyAsync(IPage page, string baseUrl, string? examine = null)
    {
        await page.GotoAsync(baseUrl + "/aanmelden");
        if (examine is not null) await page.ExamineAsync(examine);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toegangssleutel gebruiken" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/");
    }

    private static Task SignOutAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

    [Fact]
    public async Task Resident_signs_up_with_a_passkey_and_signs_in_with_it_but_not_on_another_municipality()
    {
        var baseUrl = app.Url();
        var (page, devtools, authenticator) = await PageWithAuthenticatorAsync(browser);

        await page.GotoAsync(baseUrl + "/registreren");
        await page.ExamineAsync("register-passkey");
        await page.GetByLabel("Uw naam").FillAsync("Pia Passkey");
        await page.GetByLabel("E-mailadres").FillAsync("pia@voorbeeld.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren met een toegangssleutel (passkey)" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/mail-verstuurd");
        Assert.Equal("Kijk in uw mailbox", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["localhost"], await RelyingPartiesAsync(devtools, authenticator));

        var mail = await app.Mail!.WaitForAsync("pia@voorbeeld.example", "Bevestig uw e-mailadres");
        await page.GotoAsync(baseUrl + new Uri(MailSink.LinkIn(mail)).PathAndQuery);
        Assert.Equal("Uw e-mailadres is bevestigd", await page.Locator("h1").InnerTextAsync());

        await SignInWithPasskeyAsync(page, baseUrl, examine: "sign-in-passkey");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn profiel" }).ClickAsync();
        Assert.Contains("pia@voorbeeld.example", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Toegangssleutels beheren" }).ClickAsync();
        Assert.Equal("Toegangssleutels", await page.Locator("h1").InnerTextAsync());
        await page.GetByLabel("Nieuwe naam voor 'Toegangssleutel zonder naam'").FillAsync("Mijn telefoon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naam bewaren" }).ClickAsync();
        Assert.Equal("Mijn telefoon", await page.Locator("ul.passkeys h2").InnerTextAsync());
        await page.ExamineAsync("passkeys");

        await SignOutAsync(page);
        await SignInWithPasskeyAsync(page, baseUrl);
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).CountAsync());
        await SignOutAsync(page);

        // Beekdonk asks for a passkey of its own host: the one made for Haspenhove is not offered.
        var other = app.Url("tweede.localhost");
        await page.GotoAsync(other + "/aanmelden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toegangssleutel gebruiken" }).ClickAsync();
        var problem = page.Locator("[data-passkey-problem]");
        await Assertions.Expect(problem).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Contains("Uw toestel gaf geen toegangssleutel voor deze website", await problem.InnerTextAsync());
        Assert.Equal(other + "/aanmelden", page.Url);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).CountAsync());
        await page.ExamineAsync("sign-in-passkey-other-municipality");
    }

    [Fact]
    public async Task Staff_member_adds_a_passkey_and_then_reaches_the_staff_pages_with_it_alone()
    {
        var baseUrl = app.Url();
        var (page, devtools, authenticator) = await PageWithAuthenticatorAsync(browser, width: 360);
        await page.GotoAsync(baseUrl + "/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(DemoSeeder.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.GetByLabel("Code van 6 cijfers").FillAsync(await app.FreshCodeAsync(DemoSeeder.AdminEmail));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).Last.ClickAsync();

        await page.GotoAsync(baseUrl + "/profiel");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toegangssleutels beheren" }).ClickAsync();
        Assert.Contains("U hebt nog geen toegangssleutel", await page.Locator("main").InnerTextAsync());
        await page.ExamineAsync("passkeys-none");
        await page.GetByLabel("Naam van de toegangssleutel").FillAsync("Werklaptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toegangssleutel maken" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Uw toegangssleutel is bewaard.");
        Assert.Equal("Werklaptop", await page.Locator("ul.passkeys h2").InnerTextAsync());
        await page.ExamineAsync("passkeys-added");
        Assert.Equal(["localhost"], await RelyingPartiesAsync(devtools, authenticator));

        await SignOutAsync(page);
        await SignInWithPasskeyAsync(page, baseUrl);
        var response = await page.GotoAsync(baseUrl + "/beheer");
        Assert.Equal(200, response!.Status);
        Assert.Equal(baseUrl + "/beheer", page.Url);
        Assert.Equal("Beheer", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Without_javascript_the_passkey_parts_stay_hidden_and_the_password_path_works()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(app.Url() + "/aanmelden");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Toegangssleutel gebruiken" }).CountAsync());
        await page.GotoAsync(app.Url() + "/registreren");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Registreren met een toegangssleutel (passkey)" }).CountAsync());
        await page.GetByLabel("Uw naam").FillAsync("Nico Nojs");
        await page.GetByLabel("E-mailadres").FillAsync("nico@voorbeeld.example");
        await page.GetByLabel("Kies een wachtwoord").FillAsync("een zin zonder javascript");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        Assert.Equal("Kijk in uw mailbox", await page.Locator("h1").InnerTextAsync());
        await app.Mail!.WaitForAsync("nico@voorbeeld.example", "Bevestig uw e-mailadres");
    }
}
