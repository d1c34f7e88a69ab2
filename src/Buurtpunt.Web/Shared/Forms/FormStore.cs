using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Storage;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Shared.Forms;

/// <summary>
/// Keeps what a reading said in a response, one row per answered question: a changed answer is
/// updated, a cleared one removed, an uploaded file stored. The caller saves (in its own
/// transaction, with whatever else the step changes).
/// </summary>
public sealed class FormStore(AppDbContext db, AttachmentStore attachments)
{
    public async Task<FormResponse> LoadAsync(int responseId, CancellationToken cancellationToken) =>
        await db.FormResponses.Include(r => r.Answers).SingleAsync(r => r.Id == responseId, cancellationToken);

    public static IReadOnlyDictionary<int, Answer> Answers(FormResponse response) =>
        response.Answers.ToDictionary(a => a.QuestionId, a => a.ToAnswer());

    public async Task ApplyAsync(FormResponse response, IEnumerable<FormQuestion> questions, FormReading reading, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var question in questions)
        {
            if (reading.Problems.ContainsKey(question.Id)) continue; // a draft keeps the old answer rather than lose it
            var row = response.Answers.FirstOrDefault(a => a.QuestionId == question.Id);
            if (!reading.Answers.TryGetValue(question.Id, out var answer) || answer.IsEmpty)
            {
                if (row is not null) response.Answers.Remove(row);
                continue;
            }
            if (row is null) response.Answers.Add(row = new FormAnswer { QuestionId = question.Id, MunicipalityId = response.MunicipalityId });
            (row.Text, row.Number, row.Date, row.Choices) = (answer.Text, answer.Number, answer.Date, [.. answer.Choices ?? []]);
            if (reading.Files.TryGetValue(question.Id, out var file))
                row.FileKey = await attachments.SaveAsync(response.MunicipalityId, file, cancellationToken);
        }
        response.UpdatedUtc = now;
    }
}
