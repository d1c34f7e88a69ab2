using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Buurtpunt.Web.Shared.Localisation;

public static class LocalisationModule
{
    public const string Dutch = "nl-BE";
    public static readonly string[] Cultures = [Dutch, "fr-BE", "en"];

    public static IServiceCollection AddLocalisation(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Dutch).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // Dutch unless the person chose otherwise: the browser's language is not a choice.
            // ?taal= serves a page in a language without a cookie (the brochure's PDF is printed that way).
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider { QueryStringKey = "taal", UIQueryStringKey = "taal" }, new CookieRequestCultureProvider()];
        });
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalisedBindingMessages>();
        return services;
    }

    public static IMvcBuilder AddLocalisedValidation(this IMvcBuilder mvc) =>
        mvc.AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

    /// <summary>GET /taal/{culture}?terug=/path — a plain link, so it works without JavaScript and keeps pages cacheable.</summary>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapGet("/taal/{culture}", (string culture, string? terug, HttpContext context) =>
        {
            if (!Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
                return Results.NotFound();
            var canonical = Cultures.First(c => c.Equals(culture, StringComparison.OrdinalIgnoreCase));
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(canonical)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            var back = !string.IsNullOrEmpty(terug) && Uri.IsWellFormedUriString(terug, UriKind.Relative) && terug.StartsWith('/') && !terug.StartsWith("//") && !terug.StartsWith("/\\")
                ? terug : "/";
            return Results.LocalRedirect(back);
        });

    /// <summary>The framework's own binding messages ("The value '' is invalid.") in the person's language.</summary>
    private sealed class LocalisedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var l = factory.Create(typeof(SharedResource));
            var m = options.ModelBindingMessageProvider;
            m.SetValueIsInvalidAccessor(v => l["Validation.ValueInvalid", v]);
            m.SetAttemptedValueIsInvalidAccessor((v, _) => l["Validation.ValueInvalid", v]);
            m.SetMissingBindRequiredValueAccessor(_ => l["Validation.Required"]);
            m.SetValueMustNotBeNullAccessor(_ => l["Validation.Required"]);
            m.SetMissingKeyOrValueAccessor(() => l["Validation.Required"]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.Required"]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => l["Validation.ValueInvalid", v]);
            m.SetUnknownValueIsInvalidAccessor(_ => l["Validation.ValueInvalidPlain"]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.ValueInvalidPlain"]);
            m.SetValueMustBeANumberAccessor(_ => l["Validation.Number"]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.Number"]);
        }
    }
}
