using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Features.People;

public static class IdentityMessages
{
    /// <summary>Identity's error in the person's language; codes without a text get a general one.</summary>
    public static string For(IStringLocalizer l, IdentityError error)
    {
        var text = l[$"Identity.{error.Code}"];
        return text.ResourceNotFound ? l["Identity.DefaultError"] : text;
    }
}
