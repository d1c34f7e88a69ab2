using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People;

/// <summary>The mails of the account flows, in the language the person is using.</summary>
public sealed class AccountMails(Mailer mailer, PublicLinks links, CurrentMunicipality municipality, IStringLocalizer<SharedResource> l)
{
    private string Municipality => municipality.Info?.Name ?? "Buurtpunt";

    public void Confirm(User user, string path) => Send(user, "Mail.Confirm", links.Absolute(path));

    public void AlreadyRegistered(User user) => Send(user, "Mail.AlreadyRegistered", links.Absolute("/aanmelden"));

    public void SignInLink(User user, string path) => Send(user, "Mail.SignInLink", links.Absolute(path));

    public void ResetPassword(User user, string path) => Send(user, "Mail.ResetPassword", links.Absolute(path));

    public void ConfirmNewEmail(User user, string newEmail, string path) => Send(user, "Mail.ChangeEmail", links.Absolute(path), newEmail);

    private void Send(User user, string key, string link, string? to = null) => mailer.Send(new OutgoingMail(
        to ?? user.Email!, user.DisplayName, l[$"{key}.Subject", Municipality], l[$"{key}.Text", user.DisplayName, link, Municipality]));
}
