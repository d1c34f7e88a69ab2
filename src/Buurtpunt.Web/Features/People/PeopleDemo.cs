using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Identity;
using static Buurtpunt.Web.Features.Demo.DemoSeeder;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// The demo's people and their roles: Haspenhove's administrator, community worker, reviewer,
/// resident and area lead (all with the demo password; staff with the demo authenticator key), the
/// assisted resident the worker keeps a file for, and Beekdonk's administrator.
/// </summary>
internal sealed class PeopleDemo(AppDbContext db, IPasswordHasher<User> hasher, MunicipalClock clock) : IDemoSeed
{
    /// <summary>After Places: the lead and the assisted resident belong to its areas. Every later seed needs these people.</summary>
    public int Order => 10;

    public Task SeedAsync(DemoScene scene, CancellationToken cancellationToken)
    {
        var (haspenhove, areas) = (scene.Haspenhove.Id, scene.Areas);
        scene.AddPerson(AddUser(haspenhove, AdminEmail, "Els Beheerder", Role.Administrator));
        var worker = AddUser(haspenhove, WorkerEmail, "Jana Buurtwerker", Role.CommunityWorker);
        scene.AddPerson(worker);
        scene.AddPerson(AddUser(haspenhove, JurorEmail, "Lotte Jurylid", Role.Reviewer));
        scene.AddPerson(AddUser(haspenhove, ResidentEmail, "Rik Bewoner", Role.Resident));
        scene.AddPerson(AddUser(haspenhove, LeadEmail, "Wim Trekker", Role.AreaLead, areas[0].Id));
        scene.AddPerson(AddAssisted(haspenhove, areas[1].Id, worker, scene.Today));
        scene.AddPerson(AddUser(scene.Beekdonk.Id, SecondAdminEmail, "Noor Beheerder", Role.Administrator));
        return Task.CompletedTask;
    }

    private User AddAssisted(int municipalityId, int areaId, User worker, DateOnly today)
    {
        var id = Guid.NewGuid();
        var resident = new User
        {
            Id = id, MunicipalityId = municipalityId, DisplayName = AssistedName, AreaId = areaId, Assisted = true,
            UserName = $"assisted:{id:N}", NormalizedUserName = $"ASSISTED:{id:N}", SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            PhoneNumber = "011 00 00 99", PostalAddress = "Kerkstraat 1\n3800 Zepperen",
        };
        resident.Roles.Add(new RoleGrant { MunicipalityId = municipalityId, Role = Role.Resident, GrantedUtc = clock.UtcNow });
        db.Users.Add(resident);
        db.Consents.Add(new Consent
        {
            MunicipalityId = municipalityId, UserId = id, Scopes = ConsentScope.Account | ConsentScope.ActOnBehalf | ConsentScope.Contact,
            Method = ConsentMethod.SignedSlip, GivenOn = today.AddDays(-7), RecordedById = worker.Id, RecordedByName = worker.DisplayName, RecordedUtc = clock.UtcNow,
        });
        return resident;
    }

    private User AddUser(int municipalityId, string email, string name, Role role, int? areaId = null)
    {
        var user = new User
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, DisplayName = name,
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        };
        user.PasswordHash = hasher.HashPassword(user, Password);
        user.Roles.Add(new RoleGrant { MunicipalityId = municipalityId, Role = role, AreaId = areaId, GrantedUtc = clock.UtcNow });
        db.Users.Add(user);
        if (Roles.IsStaff(role))
        {
            // Staff sign in in two steps; the demo gives them a known authenticator key.
            user.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = StaffAuthenticatorKey });
        }
        return user;
    }
}
