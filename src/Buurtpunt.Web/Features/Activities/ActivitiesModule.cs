using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Activities;

/// <summary>Activities at the points: the agendas, registrations, reminders, calendar feeds and the printed brochure.</summary>
public sealed class ActivitiesModule : IFeatureModule
{
    public const string CalendarType = "text/calendar; charset=utf-8";

    public void AddServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddScoped<Registrations>().AddScoped<ActivityMails>().AddScoped<AgendaRows>().AddScoped<CalendarFeed>();
        services.AddScheduledJob<Reminders>();
        services.AddSitemapSource<ActivitiesSitemap>();
        services.AddDemoSeed<ActivitiesDemo>();
        services.AddPersonalDataSource<ActivitiesPersonalData>();
    }

    /// <summary>Anyone reads the agendas; one's registrations need an account; those who tend points plan.</summary>
    public void AddPages(PageAccess pages) => pages
        .Public("Pages")
        .SignedIn("Pages/MyRegistrations")
        .Staff(PeopleModule.TenderPolicy, "Admin")
        .Route("Pages/Agenda", "/gebied/{areaSlug}/agenda")
        .Route("Pages/Agenda", "/punt/{pointSlug}/agenda")
        .Route("Admin/ActivityEdit", "/beheer/activiteiten/nieuw");

    /// <summary>Calendar feeds of the city, an area and a point (filtered like their agenda pages), and a person's private feed.</summary>
    public void MapEndpoints(WebApplication app)
    {
        app.MapGet("/agenda.ics", (HttpContext context, [AsParameters] FeedFilter filter, CancellationToken cancellationToken) =>
            FeedAsync(context, null, null, filter, cancellationToken)).CacheOutput(Shared.Ui.PublicPageCache.FeedPolicyName);
        app.MapGet("/gebied/{slug}/agenda.ics", (HttpContext context, string slug, [AsParameters] FeedFilter filter, CancellationToken cancellationToken) =>
            FeedAsync(context, slug, null, filter, cancellationToken)).CacheOutput(Shared.Ui.PublicPageCache.FeedPolicyName);
        app.MapGet("/punt/{slug}/agenda.ics", (HttpContext context, string slug, [AsParameters] FeedFilter filter, CancellationToken cancellationToken) =>
            FeedAsync(context, null, slug, filter, cancellationToken)).CacheOutput(Shared.Ui.PublicPageCache.FeedPolicyName);
        app.MapGet("/gebied/{slug}/brochure.pdf", async (string slug, [FromQuery(Name = "van")] DateOnly? from, [FromQuery(Name = "tot")] DateOnly? until, HttpContext context, AppDbContext db, Shared.Printing.ChromiumPdf pdf,
            Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            if (!await db.Areas.AnyAsync(a => a.Slug == slug, cancellationToken)) return Results.NotFound();
            if (from is null || until is null || !BrochurePeriod.Fits(from.Value, until.Value))
                return Results.Text(l["Brochure.BadPeriod", BrochurePeriod.MaxDays], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            var printout = await pdf.PrintPageAsync(context.Request.Host.Host, $"/gebied/{slug}/brochure?van={from:yyyy-MM-dd}&tot={until:yyyy-MM-dd}&taal={culture}", cancellationToken);
            if (printout.IsBusy) return Shared.Printing.PrintBusy.Result(context, l);
            return printout.Pdf is not { } bytes
                ? Results.Text(l["Brochure.PdfUnavailable"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.File(bytes, "application/pdf", $"brochure-{slug}-{from:yyyy-MM-dd}.pdf");
        }).CacheOutput(Shared.Ui.PublicPageCache.FeedPolicyName);
        app.MapGet("/agenda/mijn/{token}.ics", async (string token, AppDbContext db, CalendarFeed feed, MunicipalClock clock, CurrentMunicipality municipality, CancellationToken cancellationToken) =>
        {
            if (token.Length is < 20 or > 100) return Results.NotFound();
            var hash = CalendarLink.Hash(token);
            var owner = await db.CalendarLinks.AsNoTracking().Where(l => l.TokenHash == hash).Select(l => (Guid?)l.UserId).SingleOrDefaultAsync(cancellationToken);
            if (owner is not { } personId) return Results.NotFound();
            var text = await feed.ForPersonAsync(municipality.Info?.Name ?? "Buurtpunt", personId, clock.UtcNow, cancellationToken);
            return Results.Text(text, CalendarType);
        });
    }

    public sealed record FeedFilter(
        [FromQuery(Name = "soort")] ActivityKind? Kind, [FromQuery(Name = "voor")] Audience? For, [FromQuery(Name = "gratis")] bool? Free,
        [FromQuery(Name = "rolstoel")] bool? Wheelchair, [FromQuery(Name = "laagdrempelig")] bool? LowThreshold);

    private static async Task<IResult> FeedAsync(HttpContext context, string? areaSlug, string? pointSlug, FeedFilter filter, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();
        var name = services.GetRequiredService<CurrentMunicipality>().Info?.Name ?? "Buurtpunt";
        int? areaId = null, pointId = null;
        if (areaSlug is not null)
        {
            var area = await db.Areas.AsNoTracking().Where(a => a.Slug == areaSlug).Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellationToken);
            if (area is null) return Results.NotFound();
            (areaId, name) = (area.Id, $"{area.Name} · {name}");
        }
        if (pointSlug is not null)
        {
            var point = await db.Points.AsNoTracking().Where(p => p.Slug == pointSlug).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
            if (point is null) return Results.NotFound();
            (pointId, name) = (point.Id, $"{point.Name} · {name}");
        }
        var dates = services.GetRequiredService<AgendaRows>().Query(new AgendaFilter(areaId, pointId, filter.Kind, filter.For,
            filter.Free == true, filter.Wheelchair == true, filter.LowThreshold == true));
        var text = await services.GetRequiredService<CalendarFeed>().ForAgendaAsync(name, dates, services.GetRequiredService<MunicipalClock>().UtcNow, cancellationToken);
        return Results.Text(text, CalendarType);
    }
}
