using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Forms;
using Buurtpunt.Web.Shared.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>What <c>_ReadAnswers.cshtml</c> shows: the answers of an application's form or its evaluation.</summary>
public sealed record ReadAnswers(int ApplicationId, IReadOnlyList<FormQuestion> Questions, IReadOnlyDictionary<int, Core.Forms.Answer> Saved);

/// <summary>
/// Files attached to an application (its form, its evaluation) and its receipts. Each download checks
/// who asks: the applicant (or the worker acting for them), and the call's reviewers without a
/// conflict — receipts only for the city. Photos likewise, by <c>/aanvraag/{id}/foto/{photo}/{size}</c>. Anyone else, and another municipality's id: not found.
/// The type is told by the file's first bytes, never by its name.
/// </summary>
public static class Downloads
{
    public static void MapInitiativeDownloads(this WebApplication app)
    {
        app.MapGet("/aanvraag/{id:int}/bijlage/{question:int}", async (int id, int question, HttpContext http, AppDbContext db, IAuthorizationService authorization,
            AttachmentStore store, CancellationToken cancellationToken) =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (application is null || !await authorization.MayAsync(http.User, application, ApplicationOperations.Read)) return Results.NotFound();
            var file = await db.FormAnswers.AsNoTracking()
                .Where(a => a.QuestionId == question && a.FileKey != null && (a.ResponseId == application.ResponseId || a.ResponseId == application.EvaluationResponseId))
                .Select(a => new { a.FileKey, a.Text }).SingleOrDefaultAsync(cancellationToken);
            return file is null ? Results.NotFound() : Send(store, application.MunicipalityId, file.FileKey!, file.Text ?? "bijlage");
        }).RequireAuthorization();

        app.MapGet("/aanvraag/{id:int}/bonnetje/{receipt:int}", async (int id, int receipt, HttpContext http, AppDbContext db, IAuthorizationService authorization,
            AttachmentStore store, CancellationToken cancellationToken) =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (application is null || !await authorization.MayAsync(http.User, application, ApplicationOperations.ReadAsCity)) return Results.NotFound();
            var file = await db.Receipts.AsNoTracking().Where(r => r.Id == receipt && r.ApplicationId == id).Select(r => new { r.FileKey, r.FileName }).SingleOrDefaultAsync(cancellationToken);
            return file is null ? Results.NotFound() : Send(store, application.MunicipalityId, file.FileKey, file.FileName);
        }).RequireAuthorization();

        MapPhotos(app);
    }

    /// <summary>An application's photo in size "s" or "l": for whoever may read its file, never public and never cached by others.</summary>
    private static void MapPhotos(WebApplication app) =>
        app.MapGet("/aanvraag/{id:int}/foto/{photo:int}/{size}", async (int id, int photo, string size, HttpContext http, AppDbContext db, IAuthorizationService authorization,
            PhotoStore store, CancellationToken cancellationToken) =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (application is null || !await authorization.MayAsync(http.User, application, ApplicationOperations.Read)) return Results.NotFound();
            var key = await db.ApplicationPhotos.AsNoTracking().Where(p => p.Id == photo && p.ApplicationId == id).Select(p => p.StorageKey).SingleOrDefaultAsync(cancellationToken);
            var path = key is null ? null : store.PathOf(application.MunicipalityId, key, size);
            if (path is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, max-age=3600";
            return Results.File(path, "image/jpeg");
        }).RequireAuthorization();

    private static IResult Send(AttachmentStore store, int municipalityId, string key, string name)
    {
        var stream = store.Open(municipalityId, key);
        if (stream is null) return Results.NotFound();
        Span<byte> head = stackalloc byte[5];
        var read = stream.Read(head);
        stream.Position = 0;
        var (type, extension) = head[..read].StartsWith("%PDF-"u8) ? ("application/pdf", ".pdf")
            : head[..read].StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ("image/jpeg", ".jpg") : ("image/png", ".png");
        return Results.File(stream, type, Shared.Text.FileNames.Safe(Path.GetFileNameWithoutExtension(name)) + extension);
    }
}
