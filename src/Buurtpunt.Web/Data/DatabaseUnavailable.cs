using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Buurtpunt.Web.Data;

/// <summary>
/// The one place that decides a request failed because the database could not answer: locked (SQLite
/// busy past its timeout), read-only (PostgreSQL after a fail-over), unreachable, restarting, timed out, or
/// still failing after the retries. Such a request answers 503 with Retry-After and the translated
/// "briefly unavailable" page (Site/Pages/Error), never a wrong answer and never the person's fault.
/// </summary>
public static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 60;

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // A broken rule (unique, foreign key, check) is about the data, not the database: a bug or a race the code must handle.
                case PostgresException postgres when postgres.SqlState.StartsWith("23", StringComparison.Ordinal):
                case SqliteException { SqliteErrorCode: 19 }:
                    return false;
                case DbException:
                case RetryLimitExceededException:
                case TimeoutException when e.Source is { } source && (source.StartsWith("Npgsql", StringComparison.Ordinal) || source.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Turns the exception handler's 500 into 503 with Retry-After; the error page then shows the matching text.</summary>
    internal sealed class Handler : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (Is(exception))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return ValueTask.FromResult(false); // not handled: the error page (UseExceptionHandler's path) renders it
        }
    }
}
