using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Shared.Printing;

/// <summary>The answer when the line for PDFs is full: 503 at once, translated, with when to try again.</summary>
public static class PrintBusy
{
    public const int RetryAfterSeconds = 10;

    public static IResult Result(HttpContext context, IStringLocalizer l)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Text(l["Print.Busy"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
