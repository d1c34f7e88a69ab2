using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Buurtpunt.Web.Data;

/// <summary>
/// PostgreSQL's retrying strategy, except inside a transaction the code opened itself.
/// </summary>
/// <remarks>
/// A query or save on its own is retried after a dropped connection or a restart: a read repeats
/// harmlessly, and a save that failed was rolled back whole, so it runs again from the start (only a
/// commit whose acknowledgement itself was lost could store twice; the unique indexes guard what must
/// be once, and <see cref="UniqueKey"/> then answers "already").
/// A step inside our own <c>BeginTransactionAsync</c> cannot be repeated alone: the transaction died
/// with the connection, and the steps before it are gone. EF's own answer is to throw on every such
/// transaction unless each is wrapped in <c>strategy.ExecuteAsync</c>; wrapping them all (a dozen, in
/// several features) would re-run page code that also sends mail. So here a transaction simply runs
/// once: its failure reaches the 503 page (<see cref="DatabaseUnavailable"/>) and the person tries
/// again, while everything outside a transaction keeps the retries.
/// </remarks>
public sealed class RetryOutsideTransactions(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, AdditionalCodes)
{
    // Short: a request waits at most a few seconds; a longer outage gets the 503 and its Retry-After.
    private const int MaxRetries = 3;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);
    // admin_shutdown: the server ended this pooled connection (restart, fail-over, pg_terminate_backend).
    private static readonly string[] AdditionalCodes = ["57P01"];

    private bool InOwnTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    // The base refuses to start inside a transaction of ours (EF's safeguard); here it starts, and never retries.
    // Not by overriding RetriesOnFailure: EF reads that while it builds the context's services, and asking for
    // the transaction from there hung the app's start.
    protected override void OnFirstExecution()
    {
        if (InOwnTransaction) ExceptionsEncountered.Clear();
        else base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) => !InOwnTransaction && base.ShouldRetryOn(exception);
}
