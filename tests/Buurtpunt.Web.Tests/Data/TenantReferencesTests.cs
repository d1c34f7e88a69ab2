using Buurtpunt.Testing;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.News;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Data;

/// <summary>On save, a reference from a municipality's row must lead to a row of that same municipality.</summary>
public class TenantReferencesTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    /// <summary>Saves a news item as Haspenhove would, pointing at the given area (and point).</summary>
    private async Task SaveNewsAsync(string title, int areaId, int? pointId = null)
    {
        using var scope = factory.Services.CreateScope();
        var info = await scope.ServiceProvider.GetRequiredService<MunicipalityDirectory>().ResolveAsync("localhost");
        scope.ServiceProvider.GetRequiredService<CurrentMunicipality>().Set(info!);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.NewsItems.Add(new NewsItem { Title = title, Body = "Tekst", AreaId = areaId, PointId = pointId, PublishedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private Task<bool> StoredAsync(string title) => factory.WithDbAsync(db => db.NewsItems.IgnoreQueryFilters().AnyAsync(n => n.Title == title));

    private Task<int> ForeignAreaAsync() => factory.WithDbAsync(db => db.Areas.IgnoreQueryFilters()
        .Where(a => !db.MunicipalityHosts.Any(h => h.Host == "localhost" && h.MunicipalityId == a.MunicipalityId)).Select(a => a.Id).FirstAsync());

    [Fact]
    public async Task A_row_pointing_at_another_municipalitys_area_is_refused_and_not_stored()
    {
        var foreignArea = await ForeignAreaAsync();
        var error = await Assert.ThrowsAsync<ForeignReferenceException>(() => SaveNewsAsync("Over de grens", foreignArea));
        Assert.Contains("Area", error.Message);
        Assert.False(await StoredAsync("Over de grens"));
    }

    [Fact]
    public async Task A_row_pointing_at_no_row_at_all_is_refused_before_the_database_fails()
    {
        await Assert.ThrowsAsync<ForeignReferenceException>(() => SaveNewsAsync("Nergens", 987_654));
        Assert.False(await StoredAsync("Nergens"));
    }

    [Fact]
    public async Task A_point_of_another_municipality_is_refused_even_with_an_own_area()
    {
        var foreignPoint = await factory.WithDbAsync(db => db.Points.IgnoreQueryFilters().Where(p => p.AreaId != 0)
            .Where(p => !db.MunicipalityHosts.Any(h => h.Host == "localhost" && h.MunicipalityId == p.MunicipalityId)).Select(p => p.Id).FirstAsync());
        var ownArea = await factory.AreaIdAsync("Runkelen");
        await Assert.ThrowsAsync<ForeignReferenceException>(() => SaveNewsAsync("Vreemd punt", ownArea, foreignPoint));
        Assert.False(await StoredAsync("Vreemd punt"));
    }

    [Fact]
    public async Task References_within_the_municipality_save_as_before()
    {
        await SaveNewsAsync("Eigen gebied", await factory.AreaIdAsync("Runkelen"), await factory.PointIdAsync("Runkelen"));
        Assert.True(await StoredAsync("Eigen gebied"));
    }

    [Fact]
    public async Task A_page_that_trips_the_check_answers_404_not_500()
    {
        var options = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        Assert.Contains(options.Filters.OfType<TypeFilterAttribute>(), f => f.ImplementationType == typeof(ForeignReferenceFilter));

        var page = new PageContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new CompiledPageActionDescriptor()));
        var executing = new PageHandlerExecutingContext(page, [], null, new Dictionary<string, object?>(), new object());
        var executed = new PageHandlerExecutedContext(page, [], null, new object()) { Exception = new ForeignReferenceException("NewsItem", "Area") };
        await new ForeignReferenceFilter(NullLogger<ForeignReferenceFilter>.Instance).OnPageHandlerExecutionAsync(executing, () => Task.FromResult(executed));
        Assert.True(executed.ExceptionHandled);
        Assert.IsType<NotFoundResult>(executed.Result);
    }
}
