using Buurtpunt.Web.Shared.Mail;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>Tells the asker that an answer arrived, in the language of the person answering's session.</summary>
public sealed class QuestionMails(Mailer mailer, PublicLinks links, CurrentMunicipality municipality, IStringLocalizer<SharedResource> l)
{
    public void AnswerArrived(string email, string name, string questionTitle, int questionId)
    {
        var town = municipality.Info?.Name ?? "Buurtpunt";
        mailer.Send(new OutgoingMail(email, name, l["Mail.Answer.Subject", town],
            l["Mail.Answer.Text", name, questionTitle, links.Absolute($"/vraag/{questionId}"), town]));
    }
}
