using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Questions;

/// <summary>
/// Questions and answers a person wrote, what they reported and moderated. On erasure they stay
/// without author (the database sets it to null; pages show "former resident") unless the person
/// asks to remove them.
/// </summary>
public sealed class QuestionsPersonalData(AppDbContext db) : IPersonalDataSource
{
    public sealed record Contributions(
        IReadOnlyList<QuestionData> Questions,
        IReadOnlyList<AnswerData> Answers,
        IReadOnlyList<FlagData> ReportsYouMade,
        IReadOnlyList<DateTime> ModerationDecisionsYouMadeUtc);

    public sealed record QuestionData(int Id, string Title, string Body, string Category, bool Private, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record AnswerData(int Id, int QuestionId, string Body, DateTime CreatedUtc, bool EnteredByWorker);
    public sealed record FlagData(string Kind, int ContributionId, string Reason, string? Note, DateTime CreatedUtc);

    public string Section => "questions";
    public string? View => "/Features/Questions/_QuestionsPersonalData.cshtml";
    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Question), typeof(Answer), typeof(Flag), typeof(ModerationDecision)];

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var questions = await db.Questions.AsNoTracking().Where(q => q.AuthorId == personId).OrderBy(q => q.CreatedUtc)
            .Select(q => new QuestionData(q.Id, q.Title, q.Body, q.Category.ToString(), q.Private, q.CreatedUtc, q.EnteredById != null)).ToListAsync(cancellationToken);
        var answers = await db.Answers.AsNoTracking().Where(a => a.AuthorId == personId).OrderBy(a => a.CreatedUtc)
            .Select(a => new AnswerData(a.Id, a.QuestionId, a.Body, a.CreatedUtc, a.EnteredById != null)).ToListAsync(cancellationToken);
        var flags = await db.Flags.AsNoTracking().Where(f => f.ReporterId == personId).OrderBy(f => f.CreatedUtc)
            .Select(f => new FlagData(f.Kind.ToString(), f.ContributionId, f.Reason.ToString(), f.Note, f.CreatedUtc)).ToListAsync(cancellationToken);
        var decisions = await db.ModerationDecisions.AsNoTracking().Where(d => d.DecidedById == personId).OrderBy(d => d.DecidedUtc)
            .Select(d => d.DecidedUtc).ToListAsync(cancellationToken);
        return questions.Count + answers.Count + flags.Count + decisions.Count == 0 ? null : new Contributions(questions, answers, flags, decisions);
    }

    public async Task EraseAsync(Guid personId, bool removeContributions, CancellationToken cancellationToken)
    {
        if (!removeContributions) return;
        // A best answer is no foreign key that cascades: unmark what goes first.
        await db.Questions.Where(q => q.AuthorId == personId).ExecuteUpdateAsync(s => s.SetProperty(q => q.BestAnswerId, (int?)null), cancellationToken);
        await db.Questions.Where(q => db.Answers.Any(a => a.Id == q.BestAnswerId && a.AuthorId == personId))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.BestAnswerId, (int?)null), cancellationToken);
        // Tracked deletes, so the save keeps search in step: others' questions lose these answers' words,
        // and the person's questions go with the answers they had (cascade).
        db.Answers.RemoveRange(await db.Answers.Where(a => a.AuthorId == personId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.Questions.RemoveRange(await db.Questions.Where(q => q.AuthorId == personId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }
}
