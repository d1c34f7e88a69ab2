using Buurtpunt.Testing;
using Buurtpunt.Web.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Features.Places;

/// <summary>An installation with one municipality needs no host set-up: any host serves it.</summary>
public class SingleMunicipalityTests(BuurtpuntFactory factory) : IClassFixture<BuurtpuntFactory>
{
    [Fact]
    public async Task With_one_municipality_any_host_serves_it()
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await factory.ClientFor("buurtpunt.example").GetAsync("/")).StatusCode);

        await factory.WithDbAsync(db => db.Municipalities.IgnoreQueryFilters().Where(m => m.Name == "Gemeente Beekdonk").ExecuteDeleteAsync());
        factory.Services.GetRequiredService<MunicipalityDirectory>().Invalidate();

        var page = await factory.ClientFor("buurtpunt.example").GetPageAsync("/");
        Assert.Equal("Stad Haspenhove", page.H1());
    }
}
