using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Modules;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>The municipality's FAQ, and the questions and FAQ pages of points that take questions.</summary>
public sealed class QuestionsSitemap : ISitemapSource
{
    public Task<IEnumerable<string>> PathsAsync(SitemapPlaces places, CancellationToken cancellationToken) =>
        Task.FromResult(places.PointsWith(PointModules.Questions).SelectMany(s => new[] { $"/punt/{s}/vragen", $"/punt/{s}/faq" }).Prepend("/veelgestelde-vragen"));
}
