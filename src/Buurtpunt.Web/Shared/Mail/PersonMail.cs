using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Shared.Mail;

/// <summary>A text for a mail, made in the reader's language when the mail is written: a key and its arguments (which may be texts too).</summary>
public sealed record MailText(string Key, params object?[] Args);

/// <summary>
/// Mail to people with an account, by id: to their confirmed address, in the language they chose on
/// the site (Dutch when they never chose), with their own name as the text's first argument. People
/// without a confirmed address (residents a worker keeps the account for) are skipped: their worker
/// tells them. Works in a request and in a background job alike.
/// </summary>
public sealed class PersonMail(AppDbContext db, Mailer mailer, IStringLocalizer<SharedResource> l)
{
    /// <summary>Sends <c>{key}.Subject</c> and <c>{key}.Text</c> (name first, then <paramref name="text"/>) to each person once; returns how many were sent.</summary>
    public async Task<int> SendAsync(IEnumerable<Guid> people, string key, object?[] subject, object?[] text, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        if (ids.Count == 0) return 0;
        var readers = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => ids.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.Language }).ToListAsync(cancellationToken);
        foreach (var reader in readers)
        {
            using var _ = LocalisationModule.UseLanguage(reader.Language);
            mailer.Send(new OutgoingMail(reader.Email!, reader.DisplayName, l[$"{key}.Subject", Resolve(subject)],
                l[$"{key}.Text", [reader.DisplayName, .. Resolve(text)]]));
        }
        return readers.Count;
    }

    private object[] Resolve(object?[] args) => [.. args.Select(a => a is MailText t ? l[t.Key, Resolve(t.Args)].Value : a ?? "")];
}
