using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.OutputCaching;

namespace Buurtpunt.Web.Features.Places;

/// <summary>After an administrator changes places, visitors must see it at once: drop the caches.</summary>
public sealed class PlaceChanges(IOutputCacheStore pages, MunicipalityDirectory directory, CurrentMunicipality municipality)
{
    public async Task PublishedAsync(bool municipalityChanged = false)
    {
        await pages.EvictAsync(municipality.RequiredId);
        if (municipalityChanged) directory.Invalidate();
    }
}
