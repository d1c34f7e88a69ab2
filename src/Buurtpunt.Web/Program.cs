using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Activities;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Forms;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Features.Questions;
using Buurtpunt.Web.Features.Search;
using Buurtpunt.Web.Features.Site;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Printing;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Buurtpunt.Web.Shared.Ui;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<MunicipalClock>();
builder.Services.AddTenancy();
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddLocalisation();
builder.Services.AddPeople(builder.Configuration, builder.Environment);
builder.Services.AddPlaces();
builder.Services.AddQuestions();
builder.Services.AddNews();
builder.Services.AddSearch();
builder.Services.AddActivities();
builder.Services.AddPrinting();
builder.Services.AddHelp();
builder.Services.AddForms();
builder.Services.AddInitiatives();
builder.Services.AddMail(builder.Configuration);
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddProxies(builder.Configuration);
builder.Services.AddDemo();
builder.Services.AddPublicPageCache(builder.Configuration);
builder.Services.AddPublicPageCompression();
builder.Services.AddServerHardening(builder.Configuration, builder.Environment);
builder.Services.AddOnceOnlyAuthenticator();
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "buurtpunt.af";
    o.Cookie.SecurePolicy = SecureCookies.Policy(builder.Configuration, builder.Environment);
});
builder.Services.AddRazorPages(o =>
    {
        o.Conventions.ConfigureFilter(new Buurtpunt.Web.Shared.Ui.UnknownHandler());
        o.RootDirectory = "/Features";
        // Leads and workers reach the points they tend; the rest of /beheer is for administrators.
        o.Conventions.AuthorizeFolder("/Places/Admin", PeopleModule.TenderPolicy);
        foreach (var adminPage in new[] { "MunicipalitySettings", "Areas", "AreaEdit", "PointEdit", "Services", "StatementsEdit" })
            o.Conventions.AuthorizePage($"/Places/Admin/{adminPage}", PeopleModule.AdministratorPolicy);
        o.Conventions.AddPageRoute("/Places/Admin/PointEdit", "/beheer/punten/nieuw");
        o.Conventions.AuthorizeFolder("/People/Profile");
        o.Conventions.AuthorizePage("/Questions/Pages/Ask");
        o.Conventions.AuthorizeFolder("/News/Admin", PeopleModule.TenderPolicy);
        o.Conventions.AddFolderApplicationModelConvention("/News/Admin", m => m.Filters.Add(new RequireTwoStepForStaff()));
        o.Conventions.AddPageRoute("/News/Pages/NewsPage", "/punt/{point}/nieuws");
        o.Conventions.AddPageRoute("/News/Admin/NewsEdit", "/beheer/nieuws/nieuw");
        o.Conventions.AddPageRoute("/Questions/Pages/Faq", "/punt/{slug}/faq");
        foreach (var faqPage in new[] { "/Questions/Pages/MakeFaq", "/Questions/Pages/EditFaq", "/Questions/Pages/Reports" })
        {
            o.Conventions.AuthorizePage(faqPage, PeopleModule.WorkerPolicy);
            o.Conventions.AddPageApplicationModelConvention(faqPage, m => m.Filters.Add(new RequireTwoStepForStaff()));
        }
        o.Conventions.AuthorizeFolder("/Activities/Admin", PeopleModule.TenderPolicy);
        o.Conventions.AuthorizePage("/Activities/Pages/MyRegistrations");
        o.Conventions.AddHelpPages().AddFormsPages();
        o.Conventions.AddPageRoute("/Activities/Pages/Agenda", "/gebied/{areaSlug}/agenda");
        o.Conventions.AddPageRoute("/Activities/Pages/Agenda", "/punt/{pointSlug}/agenda");
        o.Conventions.AddFolderApplicationModelConvention("/Activities/Admin", m => m.Filters.Add(new RequireTwoStepForStaff()));
        o.Conventions.AddPageRoute("/Activities/Admin/ActivityEdit", "/beheer/activiteiten/nieuw");
        o.Conventions.AuthorizeFolder("/People/Admin", PeopleModule.AdministratorPolicy);
        o.Conventions.AuthorizeFolder("/People/Desk", PeopleModule.WorkerPolicy);
        o.Conventions.AuthorizeFolder("/Initiatives/Admin", PeopleModule.AdministratorPolicy);
        o.Conventions.AuthorizeFolder("/Initiatives/Review");
        o.Conventions.AuthorizePage("/Initiatives/Pages/ApplicationPage");
        o.Conventions.AuthorizePage("/Initiatives/Pages/MyApplications");
        o.Conventions.AuthorizePage("/Initiatives/Pages/ProjectPage");
        o.Conventions.AuthorizePage("/Initiatives/Pages/EvaluationPage");
        o.Conventions.AuthorizePage("/Initiatives/Pages/CoApplicantsPage");
        o.Conventions.AuthorizePage("/Initiatives/Pages/JoinPage");
        foreach (var staffFolder in new[] { "/Places/Admin", "/People/Admin", "/People/Desk", "/Initiatives/Admin", "/Initiatives/Review" })
            o.Conventions.AddFolderApplicationModelConvention(staffFolder, m => m.Filters.Add(new RequireTwoStepForStaff()));
        // A stolen password alone must not erase or re-address a staff account whose second step is a passkey.
        foreach (var sensitive in new[] { "/People/Profile/Erase", "/People/Profile/ChangeEmail" })
            o.Conventions.AddPageApplicationModelConvention(sensitive, m => m.Filters.Add(new RequireTwoStepForStaff()));
    })
    .AddLocalisedValidation();

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (await app.PrepareSearchAsync(args)) return;

app.UseProxies();
app.UseExceptionHandler("/fout/500");
if (!app.Environment.IsDevelopment())
    app.UseHsts();
app.UseSecurityHeaders(app.Configuration);
app.UseStatusCodePagesWithReExecute("/fout/{0}");
app.UseHealth();
app.UseStaticFiles();
app.UseTenancy();
app.UseRequestLocalization();
app.UseServerHardening();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();
app.UseResponseCompression();
app.UseAntiforgery();

app.MapLanguageSwitch();
app.MapSite();
app.MapPlaces();
app.MapNews();
app.MapActivities();
app.MapPeople();
app.MapInitiativeDownloads();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to the test factories.</summary>
public partial class Program;
