using Buurtpunt.Web.Shared.Tenancy;
using Buurtpunt.Web.Shared.Ui;
using Microsoft.AspNetCore.OutputCaching;

namespace Buurtpunt.Web.Features.Places;

/// <summary>
/// After a change to anything public (places, questions, FAQ, news, moderation), visitors must
/// see it at once: drop the municipality's cached pages.
/// </summary>
public sealed class PlaceChanges(IOutputCacheStore pages, MunicipalityDirectory directory, CurrentMunicipality municipality)
{
    public async Task PublishedAsync(bool municipalityChanged = false)
    {
        await pages.EvictAsync(municipality.RequiredId);
        if (municipalityChanged) directory.Invalidate();
    }

    /// <summary>Someone registered or cancelled: pages with places left change, calendar feeds and brochures do not.</summary>
    public Task PlacesTakenAsync() => pages.EvictAsync(municipality.RequiredId, feedsToo: false);
}
