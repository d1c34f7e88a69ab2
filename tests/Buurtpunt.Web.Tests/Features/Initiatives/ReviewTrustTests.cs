using System.Net;
using Buurtpunt.Core.Initiatives;
using Buurtpunt.Testing;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Buurtpunt.Testing.Html;
using static Buurtpunt.Web.Tests.Features.Initiatives.ReviewScene;

namespace Buurtpunt.Web.Tests.Features.Initiatives;

/// <summary>
/// The rules between roles in the review: a seat lasts only as long as a staff role, administrators
/// follow the same conflict rule as the panels, conflicts outlast the role that caused them, and a
/// draft stays the applicants' own.
/// </summary>
public class ReviewTrustTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private async Task<int> GrantIdAsync(Guid person, Role role) =>
        await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().Where(g => g.UserId == person && g.Role == role).Select(g => g.Id).SingleAsync());

    /// <summary>Scores posted with a token from another page, as someone who can no longer open the file would.</summary>
    private static Task<HttpResponseMessage> ScoreWithoutFileAsync(ReviewScene s) =>
        s.Member.PostFormAsync(s.File, [.. s.Criteria.Select(c => F($"Points[{c}]", "4"))], handler: "Score", tokenFrom: "/profiel");

    private Task<int> SeatCountAsync(Guid person) => factory.WithDbAsync(db => db.CallSeats.IgnoreQueryFilters().CountAsync(s => s.PersonId == person));

    [Fact]
    public async Task Revoking_a_reviewers_last_staff_role_ends_their_seats_and_the_trail_says_so()
    {
        var s = await CreateAsync(factory, "intrekken");
        await s.SetStatusAsync(ApplicationStatus.InReview);
        Assert.Equal(HttpStatusCode.OK, (await s.Member.GetAsync(s.File)).StatusCode);
        Assert.Equal(1, await SeatCountAsync(s.MemberId));

        var revoked = await s.Admin.PostFormAsync($"/beheer/mensen/{s.MemberId}", [F("grantId", (await GrantIdAsync(s.MemberId, Role.Reviewer)).ToString())], handler: "Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        Assert.Equal(0, await SeatCountAsync(s.MemberId));
        var trail = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.SubjectUserId == s.MemberId).Select(e => new { e.Action, e.Details }).ToListAsync());
        Assert.Contains(trail, e => e.Action == "SeatsEnded" && e.Details == $"call {s.Call} Committee");
        // The member's session still carries the role for up to a minute: the seat is gone already.
        Assert.Equal(HttpStatusCode.NotFound, (await s.Member.GetAsync(s.File)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScoreWithoutFileAsync(s)).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.ApplicationId == s.Application)));
    }

    [Fact]
    public async Task Revoking_one_of_two_staff_roles_keeps_the_seats()
    {
        var s = await CreateAsync(factory, "tweerollen");
        var municipality = await factory.MunicipalityIdAsync();
        await factory.WithDbAsync(db =>
        {
            db.RoleGrants.Add(new RoleGrant { MunicipalityId = municipality, UserId = s.MemberId, Role = Role.DepartmentStaff, GrantedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        var revoked = await s.Admin.PostFormAsync($"/beheer/mensen/{s.MemberId}", [F("grantId", (await GrantIdAsync(s.MemberId, Role.Reviewer)).ToString())], handler: "Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(1, await SeatCountAsync(s.MemberId));
    }

    [Fact]
    public async Task A_seat_whose_holder_has_no_staff_role_left_counts_for_nothing()
    {
        var s = await CreateAsync(factory, "zonderrol");
        await s.SetStatusAsync(ApplicationStatus.InReview);
        // As old data might have it: the role gone, the seat still there.
        await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().Where(g => g.UserId == s.MemberId).ExecuteDeleteAsync());
        Assert.Equal(1, await SeatCountAsync(s.MemberId));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Member.GetAsync(s.File)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ScoreWithoutFileAsync(s)).StatusCode);
        Assert.DoesNotContain($"/beoordeling/oproep/{s.Call}", await (await s.Member.GetAsync("/beoordeling")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_who_supports_an_application_sees_no_supporters_and_enters_no_paper_support()
    {
        var s = await CreateAsync(factory, "beheerdersteun");
        var page = $"/aanvraag/{s.Application}";
        Assert.NotNull((await s.Admin.GetPageAsync(page)).QuerySelector("form[action*='handler=PaperSupport']"));
        var token = (await s.LoadAsync()).SupportToken;
        Assert.Equal(HttpStatusCode.OK, (await s.Admin.PostFormAsync($"/steun/{token}", [F("Name", "De beheerder"), F("Address", "Stationsstraat 2, 3800 Haspenhove"), F("Agree", "true")])).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Admin.GetAsync($"{page}/steunlijst")).StatusCode);
        var paper = await s.Admin.PostFormAsync(page, [F("PaperName", "Verzonnen Buur"), F("PaperAddress", "Nergensstraat 1")], handler: "PaperSupport", tokenFrom: "/beoordeling");
        Assert.Equal(HttpStatusCode.NotFound, paper.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().CountAsync(x => x.ApplicationId == s.Application)));
    }

    [Fact]
    public async Task An_administrator_enters_no_paper_support_on_their_own_application()
    {
        var s = await CreateAsync(factory, "eigenaanvraag");
        var own = await SubmittedAsync(factory, s.Admin, s.Call, "Mijn eigen straat");
        var paper = await s.Admin.PostFormAsync($"/aanvraag/{own}", [F("PaperName", "Verzonnen Buur"), F("PaperAddress", "Nergensstraat 1")], handler: "PaperSupport");
        Assert.Equal(HttpStatusCode.NotFound, paper.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Supports.IgnoreQueryFilters().CountAsync(x => x.ApplicationId == own)));
        // What they see of it is the applicant's page: the count, never the names.
        Assert.Null((await s.Admin.GetPageAsync($"/aanvraag/{own}")).QuerySelector("form[action*='handler=PaperSupport']"));
    }

    [Fact]
    public async Task Joining_as_co_applicant_removes_earlier_scores_and_removal_does_not_give_back_review_rights()
    {
        var s = await CreateAsync(factory, "meedoen");
        await s.SetStatusAsync(ApplicationStatus.InReview);
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.Member, 4, 4, 4, 4)).StatusCode);
        var municipality = await factory.MunicipalityIdAsync();
        await factory.WithDbAsync(db =>
        {
            db.CoApplicants.Add(new CoApplicant { MunicipalityId = municipality, ApplicationId = s.Application, Name = "Jurylid", Email = "jurylid-meedoen@example.org", Token = "meedoen-token-0123456789", InvitedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        var joined = await s.Member.PostFormAsync("/meedoen/meedoen-token-0123456789", []);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.ApplicationId == s.Application)));
        Assert.Equal(ConflictKind.CoApplicant, await factory.WithDbAsync(db => db.DeclaredConflicts.IgnoreQueryFilters()
            .Where(c => c.ApplicationId == s.Application && c.PersonId == s.MemberId).Select(c => c.Kind).SingleAsync()));

        // The applicant removes the co-applicant: the conflict stays.
        await factory.WithDbAsync(db => db.CoApplicants.IgnoreQueryFilters().Where(c => c.ApplicationId == s.Application).ExecuteDeleteAsync());
        var file = await s.Member.GetPageAsync(s.File);
        Assert.Contains("U beoordeelt deze aanvraag niet", file.Text());
        Assert.Equal(HttpStatusCode.Conflict, (await s.ScoreAsync(s.Member, 2, 2, 2, 2)).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.ApplicationId == s.Application)));
    }

    [Fact]
    public async Task The_council_list_keeps_advice_and_scores_from_a_co_applicant_in_the_working_group()
    {
        var s = await CreateAsync(factory, "raadlijst");
        await s.SetStatusAsync(ApplicationStatus.InReview);
        Assert.Equal(HttpStatusCode.Redirect, (await s.StepAsync(s.WorkingGroup, ApplicationStep.Recommend, F("Input.Opinion", "Positive"), F("Input.Advice", "Geheim werkgroepadvies"))).StatusCode);
        var list = $"/beoordeling/oproep/{s.Call}/aanvragen.xlsx";
        Assert.Equal(HttpStatusCode.OK, (await s.WorkingGroup.GetAsync(list)).StatusCode);

        // The working group member joins the application as co-applicant (from an invitation, as a neighbour would).
        var workingGroupId = await factory.UserIdAsync("werkgroep-raadlijst@example.org");
        var municipality = await factory.MunicipalityIdAsync();
        await factory.WithDbAsync(db =>
        {
            db.CoApplicants.Add(new CoApplicant { MunicipalityId = municipality, ApplicationId = s.Application, Name = "Werkgroep", Email = "werkgroep-raadlijst@example.org", Token = "raadlijst-token-012345678", InvitedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await s.WorkingGroup.PostFormAsync("/meedoen/raadlijst-token-012345678", [])).StatusCode);

        var sheet = await s.WorkingGroup.GetAsync(list);
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        var bytes = await sheet.Content.ReadAsByteArrayAsync();
        using var excel = new MemoryStream(bytes);
        var text = string.Join(" ", MiniExcelLibs.MiniExcel.Query(excel).SelectMany(r => ((IDictionary<string, object>)r).Values).Select(v => v?.ToString()));
        Assert.DoesNotContain("Geheim werkgroepadvies", text);
        Assert.Contains($"Straatfeest raadlijst", text);
        Assert.True(await factory.WithDbAsync(db => db.DeclaredConflicts.IgnoreQueryFilters().AnyAsync(c => c.PersonId == workingGroupId && c.ApplicationId == s.Application)));
    }

    [Fact]
    public async Task Reviewers_get_nothing_of_a_draft_not_its_photos_nor_its_files()
    {
        var s = await CreateAsync(factory, "concept");
        var started = await s.Applicant.PostFormAsync($"/oproep/{s.Call}", [], handler: "Start&track=Join");
        var draft = int.Parse(PathOf(started.Headers.Location).Split('/').Last());
        using var bitmap = new SKBitmap(400, 300);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        var added = await s.Applicant.PostMultipartAsync($"/aanvraag/{draft}/fotos?handler=Add",
            Multipart([("AltText", "Het plein")], [("Upload", "plein.png", image.Encode(SKEncodedImageFormat.Png, 100).ToArray())]), tokenFrom: $"/aanvraag/{draft}/fotos");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var photo = await factory.WithDbAsync(db => db.ApplicationPhotos.IgnoreQueryFilters().Where(p => p.ApplicationId == draft).Select(p => p.Id).SingleAsync());
        var url = $"/aanvraag/{draft}/foto/{photo}/l";
        Assert.Equal(HttpStatusCode.OK, (await s.Applicant.GetAsync(url)).StatusCode);
        foreach (var reviewer in new[] { s.WorkingGroup, s.Member, s.Chair })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/beoordeling/aanvraag/{draft}")).StatusCode);
        }
    }
}
