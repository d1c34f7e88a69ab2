using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Buurtpunt.Testing;

/// <summary>Counts the SQL statements EF sends, to prove a page's query count does not grow with data.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }
}
