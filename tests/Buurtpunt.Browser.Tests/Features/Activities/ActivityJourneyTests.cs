using Buurtpunt.Browser.Tests.Infrastructure;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Microsoft.Playwright;

namespace Buurtpunt.Browser.Tests.Features.Activities;

public class ActivityJourneyTests(BrowserFixture browser, KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task A_lead_plans_a_weekly_activity_and_a_resident_registers_and_cancels_on_a_phone()
    {
        var lead = await browser.NewPageAsync();
        await lead.SignInAsync(app.Url(), DemoSeeder.LeadEmail);
        await lead.GotoAsync(app.Url() + "/beheer");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Activiteiten" }).ClickAsync();
        await lead.ExamineAsync("activities-admin");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Nieuwe activiteit" }).ClickAsync();
        await lead.ExamineAsync("activity-new");
        await lead.GetByLabel("Titel").FillAsync("Fietsatelier");
        await lead.GetByLabel("Wat gebeurt er?").FillAsync("Samen fietsen herstellen. Gereedschap is er.");
        await lead.GetByLabel("Soort activiteit").SelectOptionAsync(new SelectOptionValue { Label = "Repair café" });
        await lead.GetByLabel("(Eerste) datum").FillAsync("2026-12-02");
        await lead.GetByLabel("Van", new() { Exact = true }).FillAsync("14:00");
        await lead.GetByLabel("Tot", new() { Exact = true }).FillAsync("16:00");
        await lead.GetByLabel("Hoe vaak?").SelectOptionAsync(new SelectOptionValue { Label = "Elke week" });
        await lead.GetByLabel("Herhalen tot en met").FillAsync("2026-12-23");
        await lead.GetByLabel("Organisator").FillAsync("Fietsclub Runkelen");
        await lead.GetByLabel("Mensen schrijven zich in").CheckAsync();
        await lead.GetByLabel("Aantal plaatsen").FillAsync("1");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        Assert.Equal(4, await lead.Locator("table.list tbody tr").CountAsync());
        await lead.ExamineAsync("activity-saved");

        var resident = await browser.NewPageAsync(width: 360);
        await resident.SignInAsync(app.Url(), DemoSeeder.ResidentEmail);
        await resident.GotoAsync(app.Url() + "/gebied/runkelen");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Agenda van Runkelen" }).ClickAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "Volgende week" }).ClickAsync();
        await resident.ExamineAsync("agenda-week");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Fietsatelier" }).ClickAsync();
        await resident.ExamineAsync("activity-page");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Inschrijven" }).ClickAsync();
        Assert.Contains("U bent ingeschreven", await resident.Locator("[role=status], .notice").First.InnerTextAsync());
        await resident.ExamineAsync("activity-registered");
        await resident.GotoAsync(app.Url() + "/profiel/inschrijvingen");
        Assert.Contains("Fietsatelier", await resident.Locator("main").InnerTextAsync());
        await resident.ExamineAsync("my-registrations");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Fietsatelier" }).ClickAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Uitschrijven" }).ClickAsync();
        Assert.Contains("uitgeschreven", await resident.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task A_worker_registers_a_walk_in_ticks_who_came_and_prints_the_list_without_javascript()
    {
        var worker = await browser.NewPageAsync(javaScript: false, width: 360);
        await worker.SignInAsync(app.Url(), DemoSeeder.WorkerEmail);
        await worker.GotoAsync(app.Url() + "/beheer/activiteiten");
        await worker.SaveScreenshotAsync("activities-admin-nojs");
        await worker.Locator("tr", new() { HasText = "Repair café" }).First.GetByRole(AriaRole.Link).Nth(1).ClickAsync();
        await worker.GetByLabel("Naam").FillAsync("Georges Vandenberghe");
        await worker.GetByLabel("Telefoonnummer").FillAsync("011 98 76 54");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Inschrijven" }).ClickAsync();
        Assert.Contains("Georges Vandenberghe", await worker.Locator("table.list").First.InnerTextAsync());
        await worker.GetByLabel("Georges Vandenberghe kwam").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Bewaar wie kwam" }).ClickAsync();
        Assert.Contains("Aantal personen dat kwam: 1", await worker.Locator("main").InnerTextAsync());
        await worker.SaveScreenshotAsync("activity-date-admin-nojs");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Lijst afdrukken" }).ClickAsync();
        Assert.Contains("Georges Vandenberghe", await worker.Locator("table.print-list").InnerTextAsync());
        await worker.SaveScreenshotAsync("attendance-list-nojs");
    }

    [Fact]
    public async Task The_agenda_works_without_javascript_filtered_and_as_a_list()
    {
        var page = await browser.NewPageAsync(javaScript: false, width: 360);
        await page.GotoAsync(app.Url() + "/agenda");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lijst" }).ClickAsync();
        await page.GetByLabel("Gratis").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        Assert.Contains("gratis=true", page.Url);
        Assert.Contains("weergave=lijst", page.Url);
        Assert.True(await page.Locator(".agenda-item").CountAsync() > 0);
        Assert.DoesNotContain("Kookworkshop", await page.Locator("main").InnerTextAsync()); // the workshop costs € 5
        await page.SaveScreenshotAsync("agenda-list-nojs");
    }
}
