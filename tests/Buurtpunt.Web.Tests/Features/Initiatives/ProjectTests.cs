using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>After the decision: the budget ledger (payments within the grant, receipts), news for the showcase, the experiment's evaluation, and who may download what.</summary>
public class ProjectTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    private async Task<ReviewScene> ApprovedAsync(string name, string amount = "1.000", string budget = "250.000")
    {
        var s = await CreateAsync(factory, name, budget);
        await s.SetStatusAsync(ApplicationStatus.Assessed);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", amount))).StatusCode);
        return s;
    }

    private string Today(int days = 0) => factory.Clock.GetUtcNow().Date.AddDays(days).ToString("yyyy-MM-dd");

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(640, 480);
        bitmap.Erase(SKColors.SeaGreen);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public async Task Payments_stay_within_the_grant_and_only_the_city_records_them()
    {
        var s = await ApprovedAsync("betaling", amount: "1.000");
        var page = $"/aanvraag/{s.Application}/project";
        Assert.Equal(HttpStatusCode.Redirect, (await s.Admin.PostFormAsync(page, [F("Pay.Amount", "400"), F("Pay.PaidOn", Today()), F("Pay.Note", "Eerste schijf")], handler: "Pay")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await s.Admin.PostFormAsync(page, [F("Pay.Amount", "600,01"), F("Pay.PaidOn", Today())], handler: "Pay")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Admin.PostFormAsync(page, [F("Pay.Amount", "-5"), F("Pay.PaidOn", Today())], handler: "Pay")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Admin.PostFormAsync(page, [F("Pay.Amount", "100"), F("Pay.PaidOn", "gisteren")], handler: "Pay")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.WorkingGroup.PostFormAsync(page, [F("Pay.Amount", "10"), F("Pay.PaidOn", Today())], handler: "Pay")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Applicant.PostFormAsync(page, [F("Pay.Amount", "10"), F("Pay.PaidOn", Today())], handler: "Pay")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Member.GetAsync(page)).StatusCode); // the external committee has no business here

        // Two instalments at once that together pass the grant: one is refused.
        var other = await factory.SignedInAsync();
        var both = await Task.WhenAll(
            s.Admin.PostFormAsync(page, [F("Pay.Amount", "400"), F("Pay.PaidOn", Today())], handler: "Pay"),
            other.PostFormAsync(page, [F("Pay.Amount", "400"), F("Pay.PaidOn", Today())], handler: "Pay"));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var application = await s.LoadAsync();
        Assert.Equal(800_00L, application.PaidCents);
        Assert.Equal(800_00L, await factory.WithDbAsync(db => db.Payments.IgnoreQueryFilters().Where(p => p.ApplicationId == s.Application).SumAsync(p => p.AmountCents)));

        var ledger = (await s.Applicant.GetPageAsync(page)).Text();
        Assert.Contains("€ 1.000,00", ledger);
        Assert.Contains("€ 800,00", ledger);
        Assert.Contains("€ 200,00", ledger); // still to pay
        Assert.Contains("Eerste schijf", ledger);
        Assert.Contains("al betaald € 800,00", (await s.Admin.GetPageAsync($"/beoordeling/oproep/{s.Call}")).Text());
    }

    [Fact]
    public async Task The_project_adds_receipts_that_only_it_and_the_city_can_open()
    {
        var s = await ApprovedAsync("bonnetje");
        var page = $"/aanvraag/{s.Application}/project";
        async Task<HttpResponseMessage> ReceiptAsync(HttpClient who, string amount, string name, byte[] bytes) =>
            await who.PostMultipartAsync($"{page}?handler=Receipt", Multipart([("Bill.Description", "Verf en penselen"), ("Bill.Amount", amount)], [("Bill.File", name, bytes)]), tokenFrom: page);
        var exe = await ReceiptAsync(s.Applicant, "25", "bon.exe", "MZ\u0090\0 not a receipt"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("kies een PDF, JPG of PNG", (await exe.ReadAsync()).Text());
        var large = new byte[FormReader.MaxFileBytes + 1];
        "%PDF-1.7"u8.CopyTo(large);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReceiptAsync(s.Applicant, "25", "groot.pdf", large)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReceiptAsync(s.Applicant, "-25", "bon.pdf", "%PDF-1.7\nbon"u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReceiptAsync(s.Applicant, "1.000.000", "bon.pdf", "%PDF-1.7\nbon"u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReceiptAsync(s.Admin, "25", "bon.pdf", "%PDF-1.7\nbon"u8.ToArray())).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Receipts.IgnoreQueryFilters().CountAsync(r => r.ApplicationId == s.Application)));

        Assert.Equal(HttpStatusCode.Redirect, (await ReceiptAsync(s.Applicant, "25,40", "bon.pdf", "%PDF-1.7\nbon"u8.ToArray())).StatusCode);
        var receipt = await factory.WithDbAsync(db => db.Receipts.IgnoreQueryFilters().SingleAsync(r => r.ApplicationId == s.Application));
        Assert.Equal(25_40L, receipt.AmountCents);
        var link = $"/aanvraag/{s.Application}/bonnetje/{receipt.Id}";
        foreach (var reader in new[] { s.Applicant, s.Admin, s.WorkingGroup })
        {
            var download = await reader.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("%PDF-1.7\nbon", await download.Content.ReadAsStringAsync());
        }
        foreach (var outsider in new[] { s.Member, s.Chair, await factory.ResidentAsync("nieuwsgierige-buur@example.org") })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost")).GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync($"/aanvraag/{s.Application}/bonnetje/{receipt.Id + 1000}")).StatusCode);
        Assert.Contains("Verf en penselen", (await s.Admin.GetPageAsync(page)).Text());
    }

    [Fact]
    public async Task News_with_a_photo_appears_on_the_public_showcase_once_the_project_runs_without_who_applied()
    {
        var s = await ApprovedAsync("nieuws");
        var page = $"/aanvraag/{s.Application}/project";
        var anonymous = factory.ClientFor();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/realisatie/{s.Application}")).StatusCode); // approved, not yet running
        var area = await factory.AreaIdAsync("Zepperen");
        await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == s.Application).ExecuteUpdateAsync(x => x.SetProperty(a => a.AreaId, area)));
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.Admin, ApplicationStep.Start, F("Input.StartedOn", Today()))).StatusCode);
        Assert.Equal(ApplicationStatus.Running, (await s.LoadAsync()).Status);

        var noAlt = await s.Applicant.PostMultipartAsync($"{page}?handler=Update", Multipart([("News.Text", "De bakken staan er!")], [("News.Photo", "bakken.png", Png())]), tokenFrom: page);
        Assert.Equal(HttpStatusCode.BadRequest, noAlt.StatusCode);
        var notPhoto = await s.Applicant.PostMultipartAsync($"{page}?handler=Update", Multipart([("News.Text", "x"), ("News.PhotoAlt", "x")], [("News.Photo", "bakken.png", "%PDF-1.7"u8.ToArray())]), tokenFrom: page);
        Assert.Equal(HttpStatusCode.BadRequest, notPhoto.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostMultipartAsync($"{page}?handler=Update",
            Multipart([("News.Text", "De bakken staan er!"), ("News.PhotoAlt", "Buren planten bloemen in de nieuwe bakken")], [("News.Photo", "bakken.png", Png())]), tokenFrom: page)).StatusCode);

        var showcase = await anonymous.GetPageAsync("/realisaties");
        var zepperen = showcase.QuerySelector($"section[aria-labelledby='gebied-{area}']");
        Assert.NotNull(zepperen);
        Assert.Contains("Straatfeest nieuws", zepperen!.TextContent);
        Assert.NotNull(zepperen.QuerySelector("img[alt='Buren planten bloemen in de nieuwe bakken']"));
        var project = (await anonymous.GetPageAsync($"/realisatie/{s.Application}")).Text();
        Assert.Contains("De bakken staan er!", project);
        Assert.Contains("€ 1.000,00", project);
        Assert.DoesNotContain("aanvrager-nieuws", project);
        Assert.DoesNotContain("Kerkstraat 1 tot 40", project); // the form's answers stay with the city
        Assert.Contains($"/realisatie/{s.Application}", await (await anonymous.GetAsync("/sitemap.xml")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("tweede.localhost").GetAsync($"/realisatie/{s.Application}")).StatusCode);
    }

    [Fact]
    public async Task An_experiment_sends_its_evaluation_at_the_end_of_its_trial()
    {
        var s = await CreateAsync(factory, "experiment");
        var started = await s.Applicant.PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Experiment");
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var questions = await QuestionsAsync(factory, s.Call, TrackKind.Experiment);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(
            ("Title", "Autovrije zondag"), (FormReading.FieldName(questions[0].Id), "Elke zondag de straat autovrij."), (FormReading.FieldName(questions[1].Id), "3"),
            (FormReading.FieldName(questions[2].Id), "De hele straat."), (FormReading.FieldName(questions[3].Id), "800")))).StatusCode);
        var e = s with { Application = id };
        await e.SetStatusAsync(ApplicationStatus.Assessed);
        Assert.Equal(HttpStatusCode.Redirect, (await e.StepAsync(s.Admin, ApplicationStep.Approve, F("Input.Amount", "800"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await e.StepAsync(s.Admin, ApplicationStep.Start, F("Input.StartedOn", Today()))).StatusCode); // an experiment needs its end
        Assert.Equal(HttpStatusCode.BadRequest, (await e.StepAsync(s.Admin, ApplicationStep.Start, F("Input.StartedOn", Today()), F("Input.EndsOn", Today(-1)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await e.StepAsync(s.Admin, ApplicationStep.Start, F("Input.StartedOn", Today()), F("Input.EndsOn", Today(90)))).StatusCode);

        // Not yet: the evaluation opens two weeks before the end.
        var evaluation = $"/aanvraag/{id}/evaluatie";
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync(evaluation)).StatusCode);
        Assert.Contains("vanaf", (await s.Applicant.GetPageAsync($"/aanvraag/{id}/project")).Text());
        await factory.WithDbAsync(db => db.Applications.IgnoreQueryFilters().Where(a => a.Id == id)
            .ExecuteUpdateAsync(x => x.SetProperty(a => a.EndsOn, DateOnly.FromDateTime(factory.Clock.GetUtcNow().Date.AddDays(10)))));

        var form = await s.Applicant.GetPageAsync(evaluation);
        var fields = form.QuerySelectorAll("textarea[name^='antwoord-'], input[name^='antwoord-']").Select(f => f.GetAttribute("name")!).Distinct().ToList();
        Assert.True(fields.Count >= 4);
        var evaluationQuestions = await QuestionsAsync(factory, s.Call, TrackKind.Experiment, evaluation: true);
        var half = await s.Applicant.PostMultipartAsync($"{evaluation}?handler=Submit", Multipart((FormReading.FieldName(evaluationQuestions[0].Id), "De buren speelden samen.")), tokenFrom: evaluation);
        Assert.Equal(HttpStatusCode.BadRequest, half.StatusCode);
        Assert.Equal(ApplicationStatus.Running, (await e.LoadAsync()).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostMultipartAsync($"{evaluation}?handler=Submit", Multipart(
            (FormReading.FieldName(evaluationQuestions[0].Id), "De buren speelden samen."), (FormReading.FieldName(evaluationQuestions[1].Id), "Minder kinderen dan gedacht."),
            (FormReading.FieldName(evaluationQuestions[2].Id), "45"), (FormReading.FieldName(evaluationQuestions[3].Id), "Ja, met aanpassingen")), tokenFrom: evaluation)).StatusCode);
        Assert.Equal(ApplicationStatus.Evaluated, (await e.LoadAsync()).Status);
        Assert.Contains("Minder kinderen dan gedacht.", (await s.WorkingGroup.GetPageAsync(evaluation)).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await s.Member.GetAsync(evaluation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await s.Applicant.PostMultipartAsync($"{evaluation}?handler=Submit", Multipart((FormReading.FieldName(evaluationQuestions[0].Id), "Nog eens")), tokenFrom: evaluation)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await e.StepAsync(s.Admin, ApplicationStep.Close)).StatusCode);
        Assert.Contains("Autovrije zondag", (await factory.ClientFor().GetPageAsync("/realisaties")).Text());
    }

    [Fact]
    public async Task A_file_attached_to_the_form_is_downloaded_by_the_applicant_and_reviewers_without_a_conflict()
    {
        var s = await CreateAsync(factory, "bijlage");
        var started = await s.Applicant.PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Create");
        var id = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        var questions = await QuestionsAsync(factory, s.Call, TrackKind.Create);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Applicant.PostMultipartAsync($"/aanvraag/{id}?handler=Submit", Multipart(
            [("Title", "Buurtmoestuin"), (FormReading.FieldName(questions[0].Id), "Een moestuin."), (FormReading.FieldName(questions[1].Id), "Parkje"),
             (FormReading.FieldName(questions[2].Id), "Twintig buren."), (FormReading.FieldName(questions[3].Id), "2.000")],
            [(FormReading.FieldName(questions[4].Id), "plan.pdf", "%PDF-1.7\nplan"u8.ToArray())]))).StatusCode);
        var link = $"/aanvraag/{id}/bijlage/{questions[4].Id}";
        Assert.NotNull((await s.Member.GetPageAsync($"/beoordeling/aanvraag/{id}")).QuerySelector($"a[href='{link}']"));
        foreach (var reader in new[] { s.Applicant, s.Member, s.WorkingGroup, s.Admin })
            Assert.Equal("%PDF-1.7\nplan", await reader.GetStringAsync(link));
        foreach (var outsider in new[] { await factory.ResidentAsync("buur-bijlage@example.org"), await factory.SignedInAsync(DemoSeeder.JurorEmail) })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync($"/aanvraag/{id}/bijlage/{questions[0].Id}")).StatusCode); // not a file
        Assert.Equal(HttpStatusCode.NotFound, (await s.Applicant.GetAsync($"/aanvraag/{s.Application}/bijlage/{questions[4].Id}")).StatusCode); // another application's question
    }
}
