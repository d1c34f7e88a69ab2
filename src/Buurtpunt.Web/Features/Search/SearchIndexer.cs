using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Questions;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Buurtpunt.Web.Features.Search;

/// <summary>
/// The former static entry points, kept for the personal-data erasure (it still deletes answers in
/// bulk) and the search tests; both go to the <see cref="SearchIndex"/> of the context's scope.
/// Remove once erasure deletes through the change tracker.
/// </summary>
public static class SearchIndexer
{
    /// <summary>Rewrites the documents of these questions (after a bulk change of their answers).</summary>
    public static Task RefreshQuestionsAsync(AppDbContext db, IEnumerable<int> questionIds, CancellationToken cancellationToken) =>
        db.GetService<SearchIndex>().RefreshAsync<Question>(db, questionIds, cancellationToken);

    public static Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.GetService<SearchIndex>().RebuildAsync(db, cancellationToken);
}
