using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.People;

/// <summary>The account: profile, roles, ways to sign in, consents, and what staff did with the person's file.</summary>
public sealed class PeoplePersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Account(
        ProfileData Profile,
        IReadOnlyList<RoleData> Roles,
        IReadOnlyList<SignInLinkData> SignInLinks,
        IReadOnlyList<LoginData> Logins,
        IReadOnlyList<ClaimData> Claims,
        IReadOnlyList<TokenData> Tokens,
        IReadOnlyList<PasskeyData> Passkeys,
        IReadOnlyList<ConsentData> Consents,
        IReadOnlyList<TakeoverCodeData> TakeoverCodes,
        IReadOnlyList<AuditData> StaffActionsAboutYou,
        IReadOnlyList<DateTime> ConsentsYouRecordedUtc);

    public sealed record ProfileData(Guid Id, string Name, string? Email, bool EmailConfirmed, string? Phone, string? PostalAddress, int? AreaId, bool KeptByDesk,
        bool TwoFactorEnabled, int FailedSignIns, DateTimeOffset? LockedOutUntil, string? Language);
    public sealed record RoleData(string Role, int? AreaId, DateTime GrantedUtc);
    public sealed record SignInLinkData(DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? UsedUtc);
    public sealed record LoginData(string Provider, string? DisplayName);
    public sealed record ClaimData(string? Type, string? Value);
    public sealed record TokenData(string Provider, string Name);
    public sealed record PasskeyData(string CredentialId, string? Name, DateTimeOffset CreatedAt, string[]? Transports, bool IsBackupEligible, bool IsBackedUp);
    public sealed record ConsentData(string Scopes, string Method, DateOnly GivenOn, string RecordedBy, DateTime RecordedUtc, DateTime? WithdrawnUtc);
    public sealed record TakeoverCodeData(DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? UsedUtc);
    /// <summary>When staff looked at or changed your data, and what they did (who is in the trail, for the privacy officer).</summary>
    public sealed record AuditData(DateTime AtUtc, string Action);

    public string Section => "account";
    public string? View => "/Features/People/_PeoplePersonalData.cshtml";
    public IReadOnlyCollection<Type> Covers { get; } =
    [
        typeof(User), typeof(RoleGrant), typeof(SignInLink), typeof(Consent), typeof(TakeoverCode),
        typeof(IdentityUserLogin<Guid>), typeof(IdentityUserClaim<Guid>), typeof(IdentityUserToken<Guid>), typeof(IdentityUserPasskey<Guid>),
    ];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == personId, cancellationToken);
        if (user is null) return null;
        var roles = await db.RoleGrants.AsNoTracking().Where(r => r.UserId == personId).OrderBy(r => r.GrantedUtc)
            .Select(r => new RoleData(r.Role.ToString(), r.AreaId, r.GrantedUtc)).ToListAsync(cancellationToken);
        var links = await db.SignInLinks.AsNoTracking().Where(l => l.UserId == personId).OrderBy(l => l.CreatedUtc)
            .Select(l => new SignInLinkData(l.CreatedUtc, l.ExpiresUtc, l.UsedUtc)).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == personId)
            .Select(l => new LoginData(l.LoginProvider, l.ProviderDisplayName)).ToListAsync(cancellationToken);
        var claims = await db.UserClaims.AsNoTracking().Where(c => c.UserId == personId)
            .Select(c => new ClaimData(c.ClaimType, c.ClaimValue)).ToListAsync(cancellationToken);
        // Token values are secrets (e.g. an authenticator key): their existence is listed, not their value.
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == personId)
            .Select(t => new TokenData(t.LoginProvider, t.Name)).ToListAsync(cancellationToken);
        // A passkey's public key is no secret but says nothing to a person: the id and what they see on the page are listed.
        var passkeys = (await db.UserPasskeys.AsNoTracking().Where(p => p.UserId == personId).ToListAsync(cancellationToken))
            .OrderBy(p => p.Data.CreatedAt)
            .Select(p => new PasskeyData(People.Passkeys.IdText(p.CredentialId), p.Data.Name, p.Data.CreatedAt, p.Data.Transports, p.Data.IsBackupEligible, p.Data.IsBackedUp))
            .ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == personId).OrderBy(c => c.RecordedUtc)
            .Select(c => new ConsentData(c.Scopes.ToString(), c.Method.ToString(), c.GivenOn, c.RecordedByName, c.RecordedUtc, c.WithdrawnUtc)).ToListAsync(cancellationToken);
        // The code itself is never stored, only its hash: the export lists when codes were made and used.
        var codes = await db.TakeoverCodes.AsNoTracking().Where(c => c.UserId == personId).OrderBy(c => c.CreatedUtc)
            .Select(c => new TakeoverCodeData(c.CreatedUtc, c.ExpiresUtc, c.UsedUtc)).ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == personId).OrderBy(e => e.AtUtc)
            .Select(e => new AuditData(e.AtUtc, e.Action)).ToListAsync(cancellationToken);
        // A worker's own record of the consents they took, without the residents' data.
        var recorded = await db.Consents.AsNoTracking().Where(c => c.RecordedById == personId).OrderBy(c => c.RecordedUtc)
            .Select(c => c.RecordedUtc).ToListAsync(cancellationToken);
        return new Account(
            new ProfileData(user.Id, user.DisplayName, user.Email, user.EmailConfirmed, user.PhoneNumber, user.PostalAddress, user.AreaId, user.Assisted,
                user.TwoFactorEnabled, user.AccessFailedCount, user.LockoutEnd, user.Language),
            roles, links, logins, claims, tokens, passkeys, consents, codes, audit, recorded);
    }

    // The person's row goes last and cascades to all of the above (the audit trail keeps the id only).
    public Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken) => Task.CompletedTask;
}
