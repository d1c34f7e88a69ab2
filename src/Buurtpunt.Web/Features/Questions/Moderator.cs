using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>
/// Hides, restores or keeps a question or answer, records the decision with its reason, closes
/// the flags on it, and tells the author by mail when their words are hidden or back.
/// </summary>
public sealed class Moderator(AppDbContext db, MunicipalClock clock, Mailer mailer, PublicLinks links, CurrentMunicipality municipality, Places.PlaceChanges changes, IStringLocalizer<SharedResource> l)
{
    public sealed record Target(ContributionKind Kind, int Id, int QuestionId, int AreaId, Guid? AuthorId, bool Hidden);

    /// <summary>The contribution and the area it belongs to; null when unknown here.</summary>
    public async Task<Target?> FindAsync(ContributionKind kind, int id, CancellationToken cancellationToken) => kind switch
    {
        ContributionKind.Question => await db.Questions.Where(q => q.Id == id)
            .Select(q => new Target(kind, q.Id, q.Id, db.Points.Where(p => p.Id == q.PointId).Select(p => p.AreaId).First(), q.AuthorId, q.HiddenUtc != null))
            .SingleOrDefaultAsync(cancellationToken),
        ContributionKind.Answer => await db.Answers.Where(a => a.Id == id)
            .Select(a => new Target(kind, a.Id, a.QuestionId,
                db.Questions.Where(q => q.Id == a.QuestionId).SelectMany(q => db.Points.Where(p => p.Id == q.PointId)).Select(p => p.AreaId).First(), a.AuthorId, a.HiddenUtc != null))
            .SingleOrDefaultAsync(cancellationToken),
        _ => null,
    };

    public async Task DecideAsync(Target target, ModerationAction action, string? reason, Guid? moderatorId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        IModerated contribution = target.Kind == ContributionKind.Question
            ? await db.Questions.SingleAsync(q => q.Id == target.Id, cancellationToken)
            : await db.Answers.SingleAsync(a => a.Id == target.Id, cancellationToken);
        if (action == ModerationAction.Hidden) (contribution.HiddenUtc, contribution.HiddenReason) = (now, reason);
        if (action == ModerationAction.Restored) (contribution.HiddenUtc, contribution.HiddenReason) = (null, null);
        db.ModerationDecisions.Add(new ModerationDecision
        {
            Kind = target.Kind, ContributionId = target.Id, Action = action, Reason = reason, DecidedById = moderatorId, DecidedUtc = now,
        });
        await db.Flags.Where(f => f.Kind == target.Kind && f.ContributionId == target.Id && f.HandledUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.HandledUtc, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishedAsync();
        if (action != ModerationAction.Kept && target.AuthorId is { } author)
            await TellAuthorAsync(author, action, reason, target.QuestionId, cancellationToken);
    }

    private async Task TellAuthorAsync(Guid authorId, ModerationAction action, string? reason, int questionId, CancellationToken cancellationToken)
    {
        var contact = await db.Users.AsNoTracking().Where(u => u.Id == authorId && u.EmailConfirmed && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (contact is null) return;
        var town = municipality.Info?.Name ?? "Buurtpunt";
        var key = action == ModerationAction.Hidden ? "Mail.Hidden" : "Mail.Restored";
        mailer.Send(new OutgoingMail(contact.Email!, contact.DisplayName, l[$"{key}.Subject", town],
            l[$"{key}.Text", contact.DisplayName, reason ?? "", links.Absolute($"/vraag/{questionId}"), town]));
    }
}
