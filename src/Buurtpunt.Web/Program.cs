using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Activities;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.Forms;
using Buurtpunt.Web.Features.Help;
using Buurtpunt.Web.Features.Initiatives;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Features.Questions;
using Buurtpunt.Web.Features.Search;
using Buurtpunt.Web.Features.Site;
using Buurtpunt.Web.Shared;
using Buurtpunt.Web.Shared.Localisation;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Security;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Ui;

var builder = WebApplication.CreateBuilder(args);

// What every feature stands on: time, tenancy, the database, languages, mail, printing, security, caching.
builder.AddPlatform();
// The features, each declaring its services, page rules and endpoints in its module (Features/<X>/<X>Module.cs).
builder.AddFeatures(
    new PeopleModule(), new PlacesModule(), new QuestionsModule(), new NewsModule(), new SearchModule(),
    new ActivitiesModule(), new HelpModule(), new FormsModule(), new InitiativesModule(), new SiteModule(), new DemoModule());

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
app.MapFeatures();

app.Run();

/// <summary>Entry point, visible to the test factories.</summary>
public partial class Program;
