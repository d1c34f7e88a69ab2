using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Shared.Printing;

/// <summary>
/// A Razor view made into a PDF: rendered in the current request (the reader's language, what the
/// reader may see) with <c>_PrintLayout</c>, then printed by <see cref="ChromiumPdf"/>. The
/// stylesheets come from the web root as files, so nothing is asked over the network.
/// </summary>
public sealed class PrintView(IRazorViewEngine engine, ITempDataProvider tempData, IWebHostEnvironment environment, ChromiumPdf chromium)
{
    public const string Layout = "/Shared/Printing/_PrintLayout.cshtml";

    /// <summary>The view data key of the web root as a file URL, the base the layout loads its stylesheets from.</summary>
    public const string WebRootKey = "PrintWebRoot";

    /// <summary>The PDF, or null when this server cannot print.</summary>
    public async Task<byte[]?> PdfAsync<TModel>(ActionContext context, string viewPath, TModel model, CancellationToken cancellationToken)
    {
        var view = engine.GetView(executingFilePath: null, viewPath, isMainPage: true).EnsureSuccessful(originalLocations: null).View!; // throws when the view is missing
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        if (Directory.Exists(environment.WebRootPath))
            data[WebRootKey] = new Uri(Path.TrimEndingDirectorySeparator(environment.WebRootPath) + Path.DirectorySeparatorChar).AbsoluteUri;
        await view.RenderAsync(new ViewContext(context, view, data, new TempDataDictionary(context.HttpContext, tempData), writer, new HtmlHelperOptions()));
        return await chromium.PrintHtmlAsync(writer.ToString(), cancellationToken);
    }

    /// <summary>What a reader gets when this server cannot print: the reason, as 503.</summary>
    public static ContentResult Unavailable(IStringLocalizer l) =>
        new() { Content = l["Print.Unavailable"], ContentType = "text/plain; charset=utf-8", StatusCode = StatusCodes.Status503ServiceUnavailable };
}
