using Buurtpunt.Web.Features.Demo;
using Buurtpunt.Web.Features.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Testing;

/// <summary>People and places of the demo as tests need them: ids by name, and extra accounts with chosen roles.</summary>
public static class People
{
    /// <summary>
    /// An account with the demo password (and, for staff or when <paramref name="twoSteps"/> says so,
    /// the demo authenticator key) holding the given grants, in the municipality of <paramref name="host"/>.
    /// Made once per e-mail.
    /// </summary>
    public static async Task<Guid> PersonAsync(this BuurtpuntFactory factory, string email, IEnumerable<(Role Role, int? AreaId)> grants, string host = "localhost", bool? twoSteps = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var existing = await db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => (Guid?)u.Id).SingleOrDefaultAsync();
        if (existing is { } id) return id;
        var municipalityId = await db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.Host == host).Select(h => h.MunicipalityId).SingleAsync();
        var user = new User
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, DisplayName = "Test " + email.Split('@')[0],
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        };
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, DemoSeeder.Password);
        foreach (var (role, area) in grants)
            user.Roles.Add(new RoleGrant { MunicipalityId = municipalityId, Role = role, AreaId = area, GrantedUtc = DateTime.UtcNow });
        db.Users.Add(user);
        if (twoSteps ?? user.Roles.Any(r => Roles.IsStaff(r.Role)))
        {
            user.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = DemoSeeder.StaffAuthenticatorKey });
        }
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>
    /// An account whose second step is a passkey only: no authenticator app (TwoFactorEnabled off), one
    /// passkey on record. The password alone then signs in — a session in which staff powers wait for the
    /// passkey. (The passkey is never used here; its key is no real one.)
    /// </summary>
    public static async Task<Guid> PasskeyOnlyAsync(this BuurtpuntFactory factory, string email, IEnumerable<(Role Role, int? AreaId)> grants, string host = "localhost")
    {
        var id = await factory.PersonAsync(email, grants, host, twoSteps: false);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        if (!await db.UserPasskeys.AnyAsync(p => p.UserId == id))
        {
            db.UserPasskeys.Add(new IdentityUserPasskey<Guid>
            {
                UserId = id, CredentialId = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16),
                Data = new IdentityPasskeyData
                {
                    Name = "Werk", PublicKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(77), CreatedAt = DateTimeOffset.UtcNow,
                    Transports = ["internal"], IsUserVerified = true, AttestationObject = [], ClientDataJson = [],
                },
            });
            await db.SaveChangesAsync();
        }
        return id;
    }

    /// <summary>Gives an existing account more role grants, as the people page would (the cookie learns them within a minute).</summary>
    public static async Task GrantAsync(this BuurtpuntFactory factory, string email, IEnumerable<(Role Role, int? AreaId)> grants)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == email);
        foreach (var (role, area) in grants)
            db.RoleGrants.Add(new RoleGrant { MunicipalityId = user.MunicipalityId, UserId = user.Id, Role = role, AreaId = area, GrantedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public static Task<Guid> UserIdAsync(this BuurtpuntFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<Guid> AssistedIdAsync(this BuurtpuntFactory factory, string name = DemoSeeder.AssistedName) =>
        factory.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.DisplayName == name && u.Assisted).Select(u => u.Id).SingleAsync());

    public static Task<int> AreaIdAsync(this BuurtpuntFactory factory, string name) =>
        factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters().Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>The (first) point of an area, by the area's name.</summary>
    public static Task<int> PointIdAsync(this BuurtpuntFactory factory, string areaName) =>
        factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.Area!.Name == areaName).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    /// <summary>A resident with the demo password, signed in (made once per e-mail).</summary>
    public static async Task<HttpClient> ResidentAsync(this BuurtpuntFactory factory, string email)
    {
        await factory.PersonAsync(email, [(Role.Resident, null)]);
        return await factory.SignedInAsync(email);
    }

    /// <summary>The id of the municipality a host serves.</summary>
    public static Task<int> MunicipalityIdAsync(this BuurtpuntFactory factory, string host = "localhost") =>
        factory.WithDbAsync(db => db.MunicipalityHosts.IgnoreQueryFilters().Where(h => h.Host == host).Select(h => h.MunicipalityId).SingleAsync());
}
