using System.Security.Claims;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Buurtpunt.Web.Features.People;

/// <summary>Accounts, sign-in (passwords, links, authenticator, passkeys), roles, the desk's assisted residents and the profile.</summary>
public sealed class PeopleModule : IFeatureModule
{
    public const string AdministratorPolicy = "administrator";
    /// <summary>Administrators and community workers: the desk where assisted residents' files are kept.</summary>
    public const string WorkerPolicy = "worker";
    /// <summary>Whoever tends points: administrators, community workers and area leads (resource checks narrow it).</summary>
    public const string TenderPolicy = "tender";
    public const string MunicipalityClaim = "buurtpunt:municipality";

    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = false; // unique per municipality, through the user name
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the user name is the e-mail address, whatever it contains
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3; // the passkey table
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<MunicipalityClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/aanmelden";
            o.LogoutPath = "/afmelden";
            o.AccessDeniedPath = "/fout/403";
            o.Cookie.Name = "buurtpunt.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SecureCookies.Policy(configuration, environment);
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RejectOtherMunicipality;
            // A staff person refused only because this session lacks its second step is sent to take it.
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                var http = context.HttpContext;
                context.Response.Redirect(StaffSession.AwaitsSecondStep(http.User)
                    ? await StaffSession.SecondStepUrlAsync(http, http.Request.Path + http.Request.QueryString)
                    : context.RedirectUri);
            };
        });
        services.AddTransient<IClaimsTransformation, StaffSession>();
        services.AddPasskeys();
        services.AddOnceOnlyAuthenticator();
        services.AddScoped<AccountMails>();
        services.AddScoped<PersonalData>();
        services.AddPersonalDataSource<PeoplePersonalData>();
        services.AddScoped<ResidentFiles>();
        services.AddScoped<OnBehalf>();
        services.AddScoped<Shared.Auditing.Audit>();
        services.AddDemoSeed<PeopleDemo>();
        // A changed password or security stamp reaches every signed-in device within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The refreshed identity is rebuilt from the database; how the person signed in
            // (the "amr" claim: mfa for two steps) must survive, or staff lose access each minute.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
                    foreach (var claim in current.FindAll("amr"))
                        identity.AddClaim(new Claim(claim.Type, claim.Value));
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            // Administrator pages need a municipality-wide grant, never one limited to an area.
            .AddPolicy(AdministratorPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.Holds(Role.Administrator, null)))
            .AddPolicy(WorkerPolicy, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.Administrator), nameof(Role.CommunityWorker)))
            .AddPolicy(TenderPolicy, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.Administrator), nameof(Role.CommunityWorker), nameof(Role.AreaLead)));
        services.AddSingleton<IAuthorizationHandler, ResidentFileHandler>();
    }

    /// <summary>
    /// Signing in and registering are open; the profile needs an account, and a staff person erases or re-addresses
    /// it only after both steps (a stolen password alone must not); the desk is for workers, roles for administrators.
    /// </summary>
    public void AddPages(PageAccess pages) => pages
        .Public("Pages")
        .SignedIn("Profile")
        .SignedInTwoStepsForStaff("Profile/Erase", "Profile/ChangeEmail")
        .Staff(AdministratorPolicy, "Admin")
        .Staff(WorkerPolicy, "Desk");

    public void MapEndpoints(WebApplication app)
    {
        // The link staff follow from the notice that their work waits for the second step.
        app.MapGet("/tweede-stap", async Task<IResult> (HttpContext http) =>
            Results.Redirect(StaffSession.AwaitsSecondStep(http.User) ? await StaffSession.SecondStepUrlAsync(http, "/") : "/")).RequireAuthorization();
        // The right of access as a file: everything held about the signed-in person.
        app.MapGet("/profiel/gegevens.json", async (ClaimsPrincipal principal, UserManager<User> users, PersonalData data, CancellationToken cancellationToken) =>
        {
            var export = users.GetUserId(principal) is { } id ? await data.ExportAsync(Guid.Parse(id), cancellationToken) : null;
            if (export is null) return Results.Challenge();
            return Results.File(PersonalData.ToJson(export), "application/json", "buurtpunt-mijn-gegevens.json");
        }).RequireAuthorization();
    }

    /// <summary>A sign-in cookie made on one municipality's host never counts on another's.</summary>
    private static async Task RejectOtherMunicipality(CookieValidatePrincipalContext context)
    {
        var current = context.HttpContext.RequestServices.GetRequiredService<CurrentMunicipality>().Id;
        if (current is null || context.Principal?.FindFirstValue(MunicipalityClaim) != current.Value.ToString())
        {
            context.RejectPrincipal();
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private sealed class MunicipalityClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, AppDbContext db)
        : UserClaimsPrincipalFactory<User>(users, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            identity.AddClaim(new Claim(MunicipalityClaim, user.MunicipalityId.ToString()));
            identity.AddClaim(new Claim("name", user.DisplayName));
            var grants = await db.RoleGrants.Where(r => r.UserId == user.Id).Select(r => new { r.Role, r.AreaId }).ToListAsync();
            foreach (var role in grants.Select(g => g.Role).Distinct())
                identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
            foreach (var grant in grants)
                identity.AddClaim(new Claim(Grants.ClaimType, Grants.ClaimValue(grant.Role, grant.AreaId)));
            return identity;
        }
    }
}
