using System.Globalization;
using Buurtpunt.Core.Forms;
using Buurtpunt.Web.Shared.Localisation;
using Microsoft.Extensions.Localization;

namespace Buurtpunt.Web.Shared.Forms;

/// <summary>What a posted form said, question by question: what was typed (to show it again), the answers read, and the problems.</summary>
public sealed class FormReading
{
    public Dictionary<int, IReadOnlyList<string>> Typed { get; } = [];
    public Dictionary<int, Answer> Answers { get; } = [];
    public Dictionary<int, string> Problems { get; } = [];
    /// <summary>Uploaded files that passed the checks, by question.</summary>
    public Dictionary<int, IFormFile> Files { get; } = [];

    public bool Ok => Problems.Count == 0;

    /// <summary>The name of a question's field in the posted form.</summary>
    public static string FieldName(int questionId) => $"antwoord-{questionId}";
}

/// <summary>
/// Reads a posted questionnaire with <see cref="Core.Forms.Answers"/> in the reader's culture and
/// words every problem with the question's own label, so the message says which answer to fix.
/// Files are checked by their content (PDF, JPEG or PNG, at most <see cref="MaxFileBytes"/>).
/// </summary>
public sealed class FormReader(IStringLocalizer<SharedResource> l)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const string AcceptedFiles = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

    /// <param name="saved">Answers saved before: a file question without a new upload keeps its file.</param>
    public async Task<FormReading> ReadAsync(IEnumerable<FormQuestion> questions, IFormCollection form, bool draft, CancellationToken cancellationToken,
        IReadOnlyDictionary<int, Answer>? saved = null)
    {
        var reading = new FormReading();
        foreach (var question in questions)
        {
            var name = FormReading.FieldName(question.Id);
            IReadOnlyList<string> typed = [.. form[name].Select(v => v ?? "")];
            if (question.Kind == QuestionKind.File)
            {
                var file = form.Files.GetFile(name);
                if (file is { Length: > 0 })
                {
                    if (await FileProblemAsync(file, cancellationToken) is { } fileProblem)
                    {
                        reading.Problems[question.Id] = l[fileProblem, question.Label, MaxFileBytes / 1024 / 1024];
                        continue;
                    }
                    reading.Files[question.Id] = file;
                    typed = [Path.GetFileName(file.FileName)];
                }
                else if (saved?.GetValueOrDefault(question.Id)?.Text is { } kept) typed = [kept];
            }
            reading.Typed[question.Id] = typed;
            var result = Core.Forms.Answers.Read(question.Rules(), typed, CultureInfo.CurrentCulture, draft);
            if (result.Problem is { } problem) reading.Problems[question.Id] = l[$"Forms.Problem.{problem}", question.Label, result.Bound ?? ""];
            else if (result.Answer is { } answer) reading.Answers[question.Id] = answer;
        }
        return reading;
    }

    /// <summary>The questions a submission still needs: required and not answered (what the person sees as "still missing").</summary>
    public static IReadOnlyList<FormQuestion> Missing(IEnumerable<FormQuestion> questions, IReadOnlyDictionary<int, Answer> answers) =>
        questions.Where(q => q.Required && (!answers.TryGetValue(q.Id, out var answer) || answer.IsEmpty)).OrderBy(q => q.Position).ToList();

    /// <summary>Why an upload cannot be kept (a resource key taking the field label and the limit in MB), or null.</summary>
    public static async Task<string?> FileProblemAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > MaxFileBytes) return "Forms.File.TooLarge";
        var head = new byte[8];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return IsAccepted(head.AsSpan(0, read)) ? null : "Forms.File.WrongType";
    }

    /// <summary>PDF, JPEG or PNG, told by the first bytes — never by the name or the type the browser claims.</summary>
    public static bool IsAccepted(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
}
