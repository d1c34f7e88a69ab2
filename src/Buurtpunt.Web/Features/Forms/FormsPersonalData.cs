using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Forms;

/// <summary>
/// The forms a person filled in, with every answer (an initiative's application form included).
/// On erasure their responses go with them (cascade); what a worker typed in for others stays, without their name.
/// </summary>
public sealed class FormsPersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Filled(IReadOnlyList<FormResponseData> FormsFilledIn, IReadOnlyList<DateTime> FormsYouEnteredForOthersUtc);
    public sealed record FormResponseData(string Form, DateTime CreatedUtc, DateTime? SubmittedUtc, bool FromPaper, IReadOnlyList<FormAnswerData> Answers);
    public sealed record FormAnswerData(string Question, string? Text, decimal? Number, DateOnly? Date, string[] Choices);

    public string Section => "forms";
    public string? View => null;
    public IReadOnlyCollection<Type> Covers { get; } = [typeof(FormResponse)];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var filled = await db.FormResponses.AsNoTracking().Where(r => r.RespondentId == personId).OrderBy(r => r.CreatedUtc)
            .Select(r => new FormResponseData(db.Questionnaires.Where(q => q.Id == r.QuestionnaireId).Select(q => q.Title).First(), r.CreatedUtc, r.SubmittedUtc, r.FromPaper,
                r.Answers.OrderBy(a => a.Question!.Position).Select(a => new FormAnswerData(a.Question!.Label, a.Text, a.Number, a.Date, a.Choices.ToArray())).ToList()))
            .ToListAsync(cancellationToken);
        var forOthers = await db.FormResponses.AsNoTracking().Where(r => r.EnteredById == personId && r.RespondentId != personId).OrderBy(r => r.CreatedUtc)
            .Select(r => r.CreatedUtc).ToListAsync(cancellationToken);
        return filled.Count + forOthers.Count == 0 ? null : new Filled(filled, forOthers);
    }

    public Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken) => Task.CompletedTask;
}
