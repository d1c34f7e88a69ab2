using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Buurtpunt.Web.Shared.Localisation;

public static class LocalisationModule
{
    public const string Dutch = "nl-BE";
    public static readonly string[] Cultures = [Dutch, "fr-BE", "en"];

    /// <summary>
    /// Switches this async flow to a person's language (Dutch when unknown) until disposed: for text
    /// made for someone other than who is asking, such as mail or a background job's.
    /// </summary>
    public static IDisposable UseLanguage(string? language)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.Contains(language) ? language! : Dutch);
        return new Restore(() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

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
    /// <remarks>A GET that writes the signed-in person's choice: harmless to forge, it changes nothing but the language.</remarks>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapGet("/taal/{culture}", async (string culture, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "terug")] string? back, HttpContext context, Data.AppDbContext db) =>
        {
            if (!Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
                return Results.NotFound();
            var canonical = Cultures.First(c => c.Equals(culture, StringComparison.OrdinalIgnoreCase));
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(canonical)),
                new CookieOptions { Expires = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            // Remembered with the account too, so that mail sent to the person later is in their language.
            if (Features.People.Grants.PersonId(context.User) is { } person)
                await db.Users.Where(u => u.Id == person).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, canonical), context.RequestAborted);
            var target = !string.IsNullOrEmpty(back) && Uri.IsWellFormedUriString(back, UriKind.Relative) && back.StartsWith('/') && !back.StartsWith("//") && !back.StartsWith("/\\")
                ? back : "/";
            return Results.LocalRedirect(target);
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
            options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages());
        }
    }

    /// <summary>
    /// Each validation attribute without a message of its own gets its kind's resource key (<c>[Required]</c> →
    /// <c>Validation.Required</c>), which the data-annotations localizer then translates: forms name only what differs.
    /// </summary>
    private sealed class DefaultValidationMessages : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            // The attributes themselves (the same instances the validators use), whatever the order of the metadata providers.
            foreach (var attribute in context.Attributes.OfType<ValidationAttribute>())
            {
                if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null) continue;
                attribute.ErrorMessage = attribute switch
                {
                    RequiredAttribute => "Validation.Required",
                    StringLengthAttribute or MaxLengthAttribute => "Validation.MaxLength",
                    RangeAttribute => "Validation.Range",
                    _ => null,
                };
            }
        }
    }
}
