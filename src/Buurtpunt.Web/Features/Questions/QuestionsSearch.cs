using Buurtpunt.Web.Data;
using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Features.Search;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>
/// Questions with their visible answers, and FAQ entries, are findable. Neither a private or
/// hidden question, nor one at a point without the questions module, nor a FAQ entry shown on no
/// page. Both hang on Places' catalogue: a point's modules decide whether its questions show and
/// its slug is in the links to its FAQ, so a change of a point or area rewrites what hangs on it.
/// </summary>
public sealed class QuestionsSearch : ISearchSource
{
    private const string Questions = "questions", Faq = "faq", Points = "points", Areas = "areas";

    public void Collect(EntityEntry entry, SearchKeys keys)
    {
        switch (entry.Entity)
        {
            case Question:
                keys.Add(Questions, entry);
                break;
            case Answer: // answers are part of their question's document
                keys.Add(Questions, entry, nameof(Answer.QuestionId));
                break;
            case FaqEntry:
                keys.Add(Faq, entry);
                break;
            case Point: // its questions and FAQ; the FAQ of its area (before and after a move) links to its first point
                keys.Add(Points, entry);
                keys.Add(Areas, entry, nameof(Point.AreaId));
                break;
            case Area:
                keys.Add(Areas, entry);
                break;
        }
    }

    public async Task<SearchRewrite> ReadAsync(AppDbContext db, SearchKeys keys, CancellationToken cancellationToken)
    {
        var all = keys.All;
        var (questions, faq, points, areas) = (keys[Questions], keys[Faq], keys[Points], keys[Areas]);
        // What hangs on a changed point or area is rewritten too.
        if (points.Count > 0)
            questions = [.. questions.Union(await db.Questions.IgnoreQueryFilters().Where(q => points.Contains(q.PointId)).Select(q => q.Id).ToListAsync(cancellationToken))];
        if (points.Count > 0 || areas.Count > 0)
            faq = [.. faq.Union(await db.FaqEntries.IgnoreQueryFilters()
                .Where(f => points.Contains(f.PointId!.Value) || areas.Contains(f.AreaId!.Value)).Select(f => f.Id).ToListAsync(cancellationToken))];

        var documents = new List<SearchDocument>();
        if (all || questions.Count > 0)
        {
            var rows = await db.Questions.IgnoreQueryFilters().AsNoTracking()
                .Where(q => all || questions.Contains(q.Id))
                .Where(q => !q.Private && q.HiddenUtc == null && db.Points.IgnoreQueryFilters().Any(p => p.Id == q.PointId && (p.Modules & PointModules.Questions) != 0))
                .Select(q => new
                {
                    q.Id, q.MunicipalityId, q.Title, q.Body, q.CreatedUtc,
                    AreaId = db.Points.IgnoreQueryFilters().Where(p => p.Id == q.PointId).Select(p => p.AreaId).First(),
                    Answers = q.Answers.Where(a => a.HiddenUtc == null).OrderBy(a => a.CreatedUtc).Select(a => a.Body).ToList(),
                })
                .ToListAsync(cancellationToken);
            documents.AddRange(rows.Select(q => SearchDocument.Create(SearchKind.Question, q.MunicipalityId, q.AreaId, q.Title,
                string.Join("\n", [q.Body, .. q.Answers]), $"/vraag/{q.Id}", q.CreatedUtc, q.CreatedUtc, d => d.QuestionId = q.Id)));
        }
        if (all || faq.Count > 0)
        {
            var rows = await db.FaqEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(f => all || faq.Contains(f.Id))
                .Select(f => new
                {
                    f.Id, f.MunicipalityId, f.Question, f.Answer, f.UpdatedUtc, f.PointId,
                    AreaId = f.AreaId ?? db.Points.IgnoreQueryFilters().Where(p => p.Id == f.PointId).Select(p => (int?)p.AreaId).FirstOrDefault(),
                    // An entry shows on the FAQ page of its point, or of every point of its area: link to the first.
                    Slug = db.Points.IgnoreQueryFilters()
                        .Where(p => (p.Modules & PointModules.Questions) != 0 && (f.PointId != null ? p.Id == f.PointId : p.AreaId == f.AreaId))
                        .OrderBy(p => p.Name).Select(p => p.Slug).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            foreach (var f in rows)
            {
                var page = f.AreaId is null ? "/veelgestelde-vragen" : f.Slug is null ? null : $"/punt/{f.Slug}/faq";
                if (page is null) continue; // not shown anywhere, so not findable either
                documents.Add(SearchDocument.Create(SearchKind.Faq, f.MunicipalityId, f.AreaId, f.Question, f.Answer, $"{page}#faq-entry-{f.Id}", f.UpdatedUtc, DateTime.MinValue, d => d.FaqEntryId = f.Id));
            }
        }
        return new SearchRewrite(documents, d => questions.Contains(d.QuestionId!.Value) || faq.Contains(d.FaqEntryId!.Value));
    }
}
