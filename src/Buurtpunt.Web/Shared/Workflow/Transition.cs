using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Buurtpunt.Web.Shared.Workflow;

/// <summary>
/// The contended step, once for every workflow: a page reads a row, the flow (<c>Core/Flows/Flow</c>) says
/// which state the step leads to from the state it was read in, and one UPDATE makes the move only where
/// the row is still in that state. Of two people acting at once one wins; the other is told it changed.
/// </summary>
public static class Transition
{
    /// <summary>
    /// Moves the row(s) of <paramref name="row"/> from <paramref name="from"/> to <paramref name="to"/> (null: the flow
    /// refuses the step from there), setting what <paramref name="also"/> sets in the same UPDATE. Run it first in the
    /// step's transaction: the database then holds the row (PostgreSQL) or the write lock (SQLite) for the rest, and a
    /// caller that returns early on a refusal rolls back what it did before.
    /// </summary>
    public static async Task<StepResult> MoveAsync<TEntity, TStatus>(IQueryable<TEntity> row, Expression<Func<TEntity, TStatus>> status,
        TStatus from, TStatus? to, Action<UpdateSettersBuilder<TEntity>>? also, CancellationToken cancellationToken)
        where TEntity : class where TStatus : struct, Enum
    {
        if (to is not { } next) return StepResult.Refused();
        var moved = await row.Where(StillIn(status, from)).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(status, next);
            also?.Invoke(s);
        }, cancellationToken);
        return moved == 0 ? StepResult.Changed() : StepResult.Done;
    }

    /// <summary>
    /// <c>row => row.Status == from</c>, built the way the compiler builds it for an enum (both sides as their number),
    /// with <paramref name="from"/> as a query parameter, so the provider's value conversion (a string column) applies.
    /// </summary>
    private static Expression<Func<TEntity, bool>> StillIn<TEntity, TStatus>(Expression<Func<TEntity, TStatus>> status, TStatus from)
        where TStatus : struct, Enum
    {
        var number = Enum.GetUnderlyingType(typeof(TStatus));
        var value = Expression.Field(Expression.Constant(new StrongBox<TStatus>(from)), nameof(StrongBox<TStatus>.Value));
        return Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(Expression.Convert(status.Body, number), Expression.Convert(value, number)), status.Parameters);
    }
}
