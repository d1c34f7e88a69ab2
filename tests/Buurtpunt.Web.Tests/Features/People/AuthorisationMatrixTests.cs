using System.Net;
using System.Text.RegularExpressions;
using Buurtpunt.Testing;
using static Buurtpunt.Testing.Html;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>
/// The app with a mail sink (sign-in links come by real mail) and a stand-in for Chromium that
/// writes a one-line PDF at once: the table asks who may print, the printing is CouncilExportTests'.
/// </summary>
public sealed class MatrixFactory : BuurtpuntFactory
{
    private readonly DirectoryInfo _tools = Directory.CreateTempSubdirectory("buurtpunt-matrix-");

    protected override bool UsesMail => true;

    /// <summary>The sessions of the table, made once per person and strength and reused by every row.</summary>
    public Dictionary<string, HttpClient> Sessions { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var chromium = Path.Combine(_tools.FullName, "chromium");
        File.WriteAllText(chromium, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.4\\n%%%%EOF\\n' > \"${a#--print-to-pdf=}\";; esac; done\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(chromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        builder.UseSetting("Pdf:Chromium", chromium);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { _tools.Delete(recursive: true); } catch (IOException) { /* the temp folder is cleaned by the system */ }
    }
}

/// <summary>
/// Who reaches which page, in one table: every staff page of every feature (and the pages for residents
/// and staff alike) × role × how the session was signed in. Runkelen and Zepperen are areas of
/// Haspenhove; Maria (assisted) lives in Zepperen. A discovery guard keeps the table complete: a staff
/// page without a row, or a row for a page that is gone, fails.
/// </summary>
public class AuthorisationMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    // ── Outcomes ─────────────────────────────────────────────────────────────────────────────
    private const char Ok = 'o';          // 200
    private const char Denied = 'x';      // 403 (or the redirect to /fout/403)
    private const char Unknown = 'n';     // 404
    private const char SignIn = 's';      // the redirect to /aanmelden?ReturnUrl=…
    private const char SecondStep = '2';  // the redirect to the person's second step (passkey sign-in, or setting one up)
    private const char Elsewhere = 'r';   // the page's own redirect (e.g. "stop acting" → the desk)

    // ── Roles: the columns of each page's line, in this order ─────────────────────────────────
    private static readonly string[] RoleNames =
    [
        "anonymous", "resident", "volunteer", "reviewer", "juror", "department",
        "lead-runkelen", "worker-runkelen", "worker-zepperen", "worker", "administrator", "admin-runkelen",
    ];

    /// <summary>The demo's own accounts (their weaker sessions are made for look-alikes with the same grants and seats).</summary>
    private static string? DemoEmailOf(string who) => who switch
    {
        "administrator" => DemoSeeder.AdminEmail,
        "worker" => DemoSeeder.WorkerEmail,
        "lead-runkelen" => DemoSeeder.LeadEmail,
        "juror" => DemoSeeder.JurorEmail, // a reviewer who chairs the committee of this year's call
        _ => null,
    };

    private async Task<(Role Role, int? AreaId)[]> GrantsOfAsync(string who)
    {
        var runkelen = await factory.AreaIdAsync("Runkelen");
        var zepperen = await factory.AreaIdAsync("Zepperen");
        return who switch
        {
            "resident" => [(Role.Resident, null)],
            "volunteer" => [(Role.Volunteer, null)],
            "reviewer" or "juror" => [(Role.Reviewer, null)],
            "department" => [(Role.DepartmentStaff, null)],
            "lead-runkelen" => [(Role.AreaLead, runkelen)],
            "worker-runkelen" => [(Role.CommunityWorker, runkelen)],
            "worker-zepperen" => [(Role.CommunityWorker, zepperen)],
            "worker" => [(Role.CommunityWorker, null)],
            "administrator" => [(Role.Administrator, null)],
            // A grant the admin page refuses to make, as if it came from old data: it stays inside its area.
            "admin-runkelen" => [(Role.Administrator, runkelen)],
            _ => throw new ArgumentOutOfRangeException(nameof(who)),
        };
    }

    private static bool IsStaff(string who) => who is not ("anonymous" or "resident" or "volunteer");

    /// <summary>One session per person and strength, made on first use and kept for the class.</summary>
    private async Task<HttpClient> SessionAsync(string who, SessionStrength strength)
    {
        var key = $"{who}/{strength}";
        if (factory.Sessions.TryGetValue(key, out var cached)) return cached;
        HttpClient client;
        if (who == "anonymous") client = factory.ClientFor();
        else if (strength == SessionStrength.TwoSteps && DemoEmailOf(who) is { } demo) client = await factory.SignedInAsync(demo);
        else
        {
            var email = $"matrix-{who}-{strength.ToString().ToLowerInvariant()}@voorbeeld.example";
            client = await factory.SessionAsync(strength, email, await GrantsOfAsync(who));
            if (DemoEmailOf(who) is { } original) await CopySeatsAsync(original, email);
        }
        factory.Sessions[key] = client;
        return client;
    }

    /// <summary>A look-alike of a demo account sits in the same review panels.</summary>
    private async Task CopySeatsAsync(string from, string to)
    {
        var (source, target) = (await factory.UserIdAsync(from), await factory.UserIdAsync(to));
        await factory.WithDbAsync(async db =>
        {
            foreach (var seat in await db.CallSeats.IgnoreQueryFilters().AsNoTracking().Where(s => s.PersonId == source).ToListAsync())
                db.CallSeats.Add(new CallSeat { MunicipalityId = seat.MunicipalityId, CallId = seat.CallId, PersonId = target, Panel = seat.Panel, IsChair = seat.IsChair });
            return await db.SaveChangesAsync();
        });
    }

    // ── Pages ────────────────────────────────────────────────────────────────────────────────
    /// <param name="Pattern">The page's route as its @page (or AddPageRoute) writes it: the discovery guard matches on it.</param>
    /// <param name="Url">A real address of that route, from the demo data.</param>
    /// <param name="TwoSteps">The outcome per role (<see cref="RoleNames"/>) in a session signed in with two steps.</param>
    /// <param name="Guarded">A staff page (staff folder, role policy or second-step filter): a staff person in a weaker
    /// session is sent to their second step. Otherwise a page for residents and staff alike, where a staff person in a
    /// weaker session gets exactly what a resident gets.</param>
    private sealed record Page(string Pattern, string Url, string TwoSteps, bool Guarded);

    private static Page Staff(string pattern, string twoSteps, params object[] values) => Make(pattern, twoSteps, true, values);
    private static Page Mixed(string pattern, string twoSteps, params object[] values) => Make(pattern, twoSteps, false, values);

    private static Page Make(string pattern, string twoSteps, bool guarded, object[] values)
    {
        var handler = pattern.IndexOf("?handler=", StringComparison.Ordinal); // a GET handler of the page, e.g. an export
        var (path, query) = handler < 0 ? (pattern, "") : (pattern[..handler], pattern[handler..]);
        var index = 0;
        var url = Regex.Replace(path, @"\{[^}]+\}", _ => Uri.EscapeDataString(values[index++].ToString()!)) + query;
        Assert.Equal(values.Length, index);
        Assert.Equal(RoleNames.Length, twoSteps.Replace(" ", "").Length);
        return new Page(path, url, twoSteps.Replace(" ", ""), guarded);
    }

    private static async Task<T> DemoIdAsync<T>(IQueryable<T> query, string what) =>
        await query.Take(1).ToListAsync() is [var one] ? one : throw new InvalidOperationException($"The demo has no {what} any more: pick another for the table.");

    /// <summary>The table's addresses, looked up once per factory (they depend on the demo data only).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MatrixFactory, Task<List<Page>>> Tables = new();

    private Task<List<Page>> PagesAsync() => Tables.GetValue(factory, _ => LoadPagesAsync());

    private async Task<List<Page>> LoadPagesAsync()
    {
        var runkelenPoint = await factory.PointIdAsync("Runkelen");
        var zepperenPoint = await factory.PointIdAsync("Zepperen");
        var runkelen = await factory.AreaIdAsync("Runkelen");
        var centrum = await factory.AreaIdAsync("Centrum"); // the demo's requests for help are there
        var maria = await factory.AssistedIdAsync();
        var rik = await factory.UserIdAsync(DemoSeeder.ResidentEmail);
        return await factory.WithDbAsync(async db =>
        {
            var consent = await DemoIdAsync(db.Consents.IgnoreQueryFilters().Where(c => c.UserId == maria).Select(c => c.Id), "consent");
            var call = await DemoIdAsync(db.Calls.IgnoreQueryFilters().Where(c => c.Title == DemoSeeder.DemoCallTitle).Select(c => c.Id), "call");
            var form = await DemoIdAsync(db.Tracks.IgnoreQueryFilters().Where(t => t.CallId == call).OrderBy(t => t.Id).Select(t => t.QuestionnaireId), "form");
            var inReview = await DemoIdAsync(db.Applications.IgnoreQueryFilters().Where(a => a.Title == "Zitbanken langs de Molenbeek").Select(a => a.Id), "inReview");
            var photo = await DemoIdAsync(db.ApplicationPhotos.IgnoreQueryFilters().Where(p => p.ApplicationId == inReview).Select(p => p.Id), "photo");
            var submitted = await DemoIdAsync(db.Applications.IgnoreQueryFilters().Where(a => a.Title == "Straatfeest in de Stationsstraat").Select(a => a.Id), "submitted");
            var running = await DemoIdAsync(db.Applications.IgnoreQueryFilters().Where(a => a.Title == "Plantenbakken in de Dorpsstraat").Select(a => a.Id), "running");
            var evaluated = await DemoIdAsync(db.Applications.IgnoreQueryFilters().Where(a => a.Title == "Speelstraat op zondag").Select(a => a.Id), "evaluated");
            var news = await DemoIdAsync(db.NewsItems.IgnoreQueryFilters().Where(n => n.Title == "Repair café op zaterdag").Select(n => n.Id), "news");
            var activity = await DemoIdAsync(db.Activities.IgnoreQueryFilters().Where(a => a.AreaId == runkelen).OrderBy(a => a.Id).Select(a => a.Id), "activity");
            var date = await DemoIdAsync(db.Occurrences.IgnoreQueryFilters().Where(o => o.ActivityId == activity).OrderBy(o => o.StartUtc).Select(o => o.Id), "date");
            var question = await DemoIdAsync(db.Questions.IgnoreQueryFilters().Where(q => q.PointId == runkelenPoint && q.BestAnswerId != null).OrderBy(q => q.Id).Select(q => q.Id), "question");
            var faq = await DemoIdAsync(db.FaqEntries.IgnoreQueryFilters().OrderBy(f => f.Id).Select(f => f.Id), "faq");
            var help = await DemoIdAsync(db.HelpRequests.IgnoreQueryFilters().Where(h => h.AreaId == centrum).OrderBy(h => h.Id).Select(h => h.Id), "help");

            // Each line: the outcome per role in a session signed in with two steps; the columns are RoleNames:
            //   anonymous · resident volunteer · reviewer juror department · lead-runkelen · worker-runkelen worker-zepperen worker · administrator admin-runkelen
            // o 200, x 403, n 404, s sign-in, 2 second step, r the page's own redirect. In a password-only or e-mailed-link
            // session a staff person gets the second step on a staff page, and the resident's column on the others.
            return new List<Page>
            {
                // Places: the admin home and the points that leads and workers tend; the rest of /beheer is the administrators'.
                Staff("/beheer",                                                      "s xx xxx o ooo oo"),
                Staff("/beheer/gemeente",                                             "s xx xxx x xxx ox"),
                Staff("/beheer/gebieden",                                             "s xx xxx x xxx ox"),
                Staff("/beheer/gebieden/{id:int}",                                    "s xx xxx x xxx ox", runkelen),
                Staff("/beheer/punten",                                               "s xx xxx o ooo oo"),
                Staff("/beheer/punten/nieuw",                                         "s xx xxx x xxx ox"),
                Staff("/beheer/punten/{id:int}",                                      "s xx xxx x xxx ox", zepperenPoint),
                Staff("/beheer/punten/{id:int}/uren",                                 "s xx xxx o oxo oo", runkelenPoint),
                Staff("/beheer/punten/{id:int}/uren",                                 "s xx xxx x xoo ox", zepperenPoint),
                Staff("/beheer/punten/{id:int}/fotos",                                "s xx xxx x xoo ox", zepperenPoint),
                Staff("/beheer/diensten",                                             "s xx xxx x xxx ox"),
                Staff("/beheer/teksten",                                              "s xx xxx x xxx ox"),
                // People: roles and the audit trail (administrators); the desk of assisted residents (workers, within their area).
                Staff("/beheer/mensen",                                               "s xx xxx x xxx ox"),
                Staff("/beheer/mensen/{id:guid}",                                     "s xx xxx x xxx ox", rik),
                Staff("/beheer/audit",                                                "s xx xxx x xxx ox"),
                Staff("/balie/bewoners",                                              "s xx xxx x ooo oo"),
                Staff("/balie/bewoners/nieuw",                                        "s xx xxx x ooo oo"),
                Staff("/balie/bewoners/{id:guid}",                                    "s xx xxx x xoo ox", maria),
                Staff("/balie/bewoners/{id:guid}/toestemming/{consentId:int}",        "s xx xxx x xoo ox", maria, consent),
                Staff("/balie/bewoners/{id:guid}/overnamecode",                       "s xx xxx x xoo ox", maria),
                Staff("/balie/namens-stoppen",                                        "s xx xxx x rrr rr"),
                // One's own account: erasing it or changing its address waits for the second step too.
                Staff("/profiel/verwijderen",                                         "s oo ooo o ooo oo"),
                Staff("/profiel/e-mail",                                              "s oo ooo o ooo oo"),
                // Forms: the builder, its preview and the answers (administrators).
                Staff("/beheer/formulieren",                                          "s xx xxx x xxx ox"),
                Staff("/beheer/formulieren/{id:int}",                                 "s xx xxx x xxx ox", form),
                Staff("/beheer/formulieren/{id:int}/voorbeeld",                       "s xx xxx x xxx ox", form),
                Staff("/beheer/formulieren/{id:int}/antwoorden.xlsx",                 "s xx xxx x xxx ox", form),
                // Initiatives: calls (administrators) and the review (seats: working group, committee; the city).
                Staff("/beheer/oproepen",                                             "s xx xxx x xxx ox"),
                Staff("/beheer/oproepen/{id:int}",                                    "s xx xxx x xxx ox", call),
                Staff("/beheer/oproepen/{id:int}/beoordeling",                        "s xx xxx x xxx ox", call),
                Staff("/beheer/oproepen/{id:int}/catalogus",                          "s xx xxx x xxx ox", call),
                Staff("/beoordeling",                                                 "s oo ooo o ooo oo"),
                Staff("/beoordeling/oproep/{id:int}",                                 "s nn non n nno on", call),
                Staff("/beoordeling/oproep/{id:int}/cijfers",                         "s nn nnn n nno on", call),
                Staff("/beoordeling/oproep/{id:int}/aanvragen.{format:regex(^(xlsx|pdf)$)}", "s nn nnn n nno on", call, "xlsx"),
                Staff("/beoordeling/oproep/{id:int}/aanvragen.{format:regex(^(xlsx|pdf)$)}", "s nn nnn n nno on", call, "pdf"),
                Staff("/beoordeling/aanvraag/{id:int}",                               "s nn non n nno on", inReview),
                Staff("/beoordeling/aanvraag/{id:int}/pdf",                           "s nn non n nno on", inReview),
                // News: leads and workers write for their areas.
                Staff("/beheer/nieuws",                                               "s xx xxx o ooo oo"),
                Staff("/beheer/nieuws/nieuw",                                         "s xx xxx o ooo oo"),
                Staff("/beheer/nieuws/{id:int?}",                                     "s xx xxx o oxo oo", news),
                // Activities: series, dates, who registered (names, phone numbers) and its exports — a Runkelen activity.
                Staff("/beheer/activiteiten",                                         "s xx xxx o ooo oo"),
                Staff("/beheer/activiteiten/nieuw",                                   "s xx xxx o ooo oo"),
                Staff("/beheer/activiteiten/{id:int?}",                               "s xx xxx o oxo oo", activity),
                Staff("/beheer/activiteiten/datum/{id:int}",                          "s xx xxx o oxo oo", date),
                Staff("/beheer/activiteiten/datum/{id:int}?handler=Csv",              "s xx xxx o oxo oo", date),
                Staff("/beheer/activiteiten/datum/{id:int}?handler=Excel",            "s xx xxx o oxo oo", date),
                Staff("/beheer/activiteiten/datum/{id:int}/lijst",                    "s xx xxx o oxo oo", date),
                // Help: the desk, its figures, the matcher, the volunteers (workers).
                Staff("/balie/hulp",                                                  "s xx xxx x ooo oo"),
                Staff("/balie/hulp/cijfers",                                          "s xx xxx x ooo oo"),
                Staff("/balie/burenmatcher",                                          "s xx xxx x ooo oo"),
                Staff("/balie/vrijwilligers",                                         "s xx xxx x ooo oo"),
                // Questions: FAQ from a question, editing it, moderation (workers).
                Staff("/vraag/{id:int}/faq",                                          "s xx xxx x oxo oo", question),
                Staff("/faq/{id:int}",                                                "s xx xxx x xxo ox", faq),
                Staff("/balie/meldingen",                                             "s xx xxx x ooo oo"),

                // For residents and staff alike: a staff person sees more, and only with two steps.
                // A request for help with its address and phone: the asker and the area's workers and administrators (a Centrum request).
                Mixed("/hulp/{id:int}",                                               "s nn nnn n nno on", help),
                // Rik's application: the city (administrators) sees it with its supporters; reviewers read it in their review file.
                Mixed("/aanvraag/{id:int}",                                           "s nn nnn n nnn on", inReview),
                Mixed("/aanvraag/{id:int}/steunlijst",                                "n nn nnn n nnn on", submitted),
                Mixed("/aanvraag/{id:int}/project",                                   "s nn nnn n nnn on", running),
                // The demo's experiment was never evaluated in writing: no one sees an evaluation (the page stays in the table).
                Mixed("/aanvraag/{id:int}/evaluatie",                                 "s nn nnn n nnn nn", evaluated),
                // An application's photo (an endpoint, not a page): whoever reads its file, seats included.
                Mixed("/aanvraag/{id:int}/foto/{photo:int}/{size}",                   "s nn non n nno on", inReview, photo, "s"),
            };
        });
    }

    // ── The table ────────────────────────────────────────────────────────────────────────────
    public static TheoryData<string, SessionStrength> Sessions()
    {
        var data = new TheoryData<string, SessionStrength> { { "anonymous", SessionStrength.None } };
        foreach (var who in RoleNames.Skip(1))
            foreach (var strength in new[] { SessionStrength.TwoSteps, SessionStrength.Password, SessionStrength.Link })
                data.Add(who, strength);
        return data;
    }

    /// <summary>What a page answers a person in a session of this strength, read from the two-step column by the one rule.</summary>
    private static char Expected(Page page, string who, SessionStrength strength)
    {
        var twoSteps = page.TwoSteps[Array.IndexOf(RoleNames, who)];
        if (strength is SessionStrength.None or SessionStrength.TwoSteps || !IsStaff(who)) return twoSteps;
        return page.Guarded ? SecondStep : page.TwoSteps[Array.IndexOf(RoleNames, "resident")];
    }

    /// <summary>
    /// The second step a staff person is sent to: with a passkey (the password-only accounts here), signing in with
    /// it and back to the page; with no second step at all (the link accounts, residents until their role), setting one up.
    /// </summary>
    private static string SecondStepOf(SessionStrength strength, string url) => strength == SessionStrength.Password
        ? $"/aanmelden?toegangssleutel=nodig&returnUrl={Uri.EscapeDataString(url)}"
        : "/profiel/tweestaps?nodig=1";

    private static (char Outcome, string Detail) Classify(HttpResponseMessage response, string url, SessionStrength strength)
    {
        var location = PathOf(response.Headers.Location);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => (Ok, ""),
            HttpStatusCode.Forbidden => (Denied, ""),
            HttpStatusCode.NotFound => (Unknown, ""),
            HttpStatusCode.Redirect when location.StartsWith("/fout/403") => (Denied, ""),
            HttpStatusCode.Redirect when location == SecondStepOf(strength, url) => (SecondStep, ""),
            HttpStatusCode.Redirect when location.StartsWith("/aanmelden?ReturnUrl=") => (SignIn, ""),
            HttpStatusCode.Redirect => (Elsewhere, location),
            _ => ('!', $"{(int)response.StatusCode}"),
        };
    }

    /// <remarks>
    /// A new page: add its row with what you expect. To see what the app answers everyone, run this class with
    /// BUURTPUNT_MATRIX_DUMP=file: each check is written there as role, strength, pattern, address and outcome.
    /// </remarks>
    [Theory]
    [MemberData(nameof(Sessions))]
    public async Task Each_role_reaches_exactly_its_pages_in_each_kind_of_session(string who, SessionStrength strength)
    {
        var client = await SessionAsync(who, strength);
        var wrong = new List<string>();
        var dump = Environment.GetEnvironmentVariable("BUURTPUNT_MATRIX_DUMP");
        foreach (var page in await PagesAsync())
        {
            var (actual, detail) = Classify(await client.GetAsync(page.Url), page.Url, strength);
            var expected = Expected(page, who, strength);
            if (actual != expected) wrong.Add($"{page.Url}: expected {expected}, got {actual} {detail}".TrimEnd());
            if (dump is not null) File.AppendAllText(dump, $"{who}\t{strength}\t{page.Pattern}\t{page.Url}\t{actual}\t{detail}\n");
        }
        Assert.True(wrong.Count == 0, $"{who} ({strength}):\n" + string.Join("\n", wrong));
    }

    // ── The discovery guard ──────────────────────────────────────────────────────────────────
    private static readonly string[] StaffFolders =
        ["/Places/Admin", "/People/Admin", "/People/Desk", "/Forms/Admin", "/Initiatives/Admin", "/Initiatives/Review", "/News/Admin", "/Activities/Admin", "/Help/Desk"];

    /// <summary>
    /// Every page the app has, as the app itself compiled it (conventions applied): its route, its page, and whether
    /// it is a staff page — in a staff folder, behind a role policy or role list, or behind the second-step filter.
    /// </summary>
    private async Task<List<(string Pattern, string Page, bool Staff)>> AppPagesAsync()
    {
        var descriptors = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string, string, bool)>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            var byRole = compiled.EndpointMetadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles));
            var secondStep = compiled.FilterDescriptors.Any(f => f.Filter is RequireTwoStepForStaff);
            var inStaffFolder = StaffFolders.Any(folder => descriptor.ViewEnginePath.StartsWith(folder + "/", StringComparison.Ordinal));
            pages.Add(("/" + descriptor.AttributeRouteInfo!.Template!.TrimStart('/'), descriptor.ViewEnginePath, byRole || secondStep || inStaffFolder));
        }
        return pages;
    }

    [Fact]
    public async Task Every_staff_page_has_a_row_and_every_row_is_a_page_the_app_has()
    {
        var app = await AppPagesAsync();
        var rows = await PagesAsync();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')).ToHashSet();

        var forgotten = app.Where(p => p.Staff && rows.All(r => r.Pattern != p.Pattern)).Select(p => $"{p.Page} ({p.Pattern})").ToList();
        Assert.True(forgotten.Count == 0, "Staff pages without a row in the table:\n" + string.Join("\n", forgotten));
        var gone = rows.Where(r => !endpoints.Contains(r.Pattern)).Select(r => r.Pattern).Distinct().ToList();
        Assert.True(gone.Count == 0, "Rows for pages the app no longer has:\n" + string.Join("\n", gone));
        var misfiled = rows.Where(r => app.Any(p => p.Pattern == r.Pattern && p.Staff != r.Guarded)).Select(r => $"{r.Pattern}: row says {(r.Guarded ? "staff" : "mixed")}").Distinct().ToList();
        Assert.True(misfiled.Count == 0, "Rows that file a page on the wrong side:\n" + string.Join("\n", misfiled));
        Assert.True(app.Count(p => p.Staff) >= 50, $"Only {app.Count(p => p.Staff)} staff pages found: is the discovery still looking at the compiled pages?");
    }

    [Fact]
    public async Task A_lead_changes_the_hours_of_their_own_area_only()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var own = $"/beheer/punten/{await factory.PointIdAsync("Runkelen")}/uren";
        var other = $"/beheer/punten/{await factory.PointIdAsync("Zepperen")}/uren";
        KeyValuePair<string, string>[] slot = [new("WeeklyForm.Day", "Friday"), new("WeeklyForm.Opens", "14:00"), new("WeeklyForm.Closes", "16:00")];

        var allowed = await lead.PostFormAsync(own, slot, "Weekly");
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(own, allowed.Headers.Location!.OriginalString);

        var refused = await lead.PostFormAsync(other, slot, "Weekly", tokenFrom: own);
        Assert.StartsWith("/fout/403", PathOf(refused.Headers.Location));
        var fridays = await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.Day == DayOfWeek.Friday && w.Opens == new TimeOnly(14, 0)));
        Assert.Equal(1, fridays);
    }

    [Fact]
    public async Task A_lead_cannot_reach_another_areas_point_through_a_form_field()
    {
        var lead = await factory.SignedInAsync(DemoSeeder.LeadEmail);
        var own = $"/beheer/punten/{await factory.PointIdAsync("Runkelen")}/uren";
        var other = await factory.PointIdAsync("Zepperen");
        var before = await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.PointId == other));

        var response = await lead.PostFormAsync(own,
            [new("id", other.ToString()), new("WeeklyForm.Day", "Sunday"), new("WeeklyForm.Opens", "10:00"), new("WeeklyForm.Closes", "11:00")], "Weekly");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.WeeklyOpenings.IgnoreQueryFilters().CountAsync(w => w.PointId == other)));
    }

    [Fact]
    public async Task An_administrator_role_cannot_be_limited_to_an_area()
    {
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var person = await factory.PersonAsync("wordt-beheerder@voorbeeld.example", [(Role.Resident, null)]);
        var response = await admin.PostFormAsync($"/beheer/mensen/{person}",
            [new("NewRole", "Administrator"), new("AreaId", (await factory.AreaIdAsync("Runkelen")).ToString())], "Grant");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("hele gemeente", (await response.ReadAsync()).QuerySelector(".problems")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.RoleGrants.IgnoreQueryFilters().AnyAsync(g => g.UserId == person && g.Role == Role.Administrator)));
    }

    [Fact]
    public async Task A_lead_sees_only_the_points_of_their_area_in_the_list()
    {
        var page = await (await factory.SignedInAsync(DemoSeeder.LeadEmail)).GetPageAsync("/beheer/punten");
        var names = page.QuerySelectorAll("table.list tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Dorpspunt Runkelen"], names);
        Assert.Null(page.QuerySelector("a[href='/beheer/punten/nieuw']"));
    }

    [Fact]
    public async Task Another_municipalitys_points_and_residents_are_unknown_even_to_an_administrator()
    {
        var admin = await factory.SignedInAsync(DemoSeeder.AdminEmail);
        var beekdonkPoint = await factory.PointIdAsync("Vlotgras");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/punten/{beekdonkPoint}/uren")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/punten/{beekdonkPoint}/fotos")).StatusCode);

        var beekdonkAdmin = await factory.SignedInAsync(DemoSeeder.SecondAdminEmail, "tweede.localhost");
        var maria = await factory.AssistedIdAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await beekdonkAdmin.GetAsync($"/balie/bewoners/{maria}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beekdonkAdmin.GetAsync($"/balie/bewoners/{maria}/overnamecode")).StatusCode);
    }
}
