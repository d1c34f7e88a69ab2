namespace Buurtpunt.Web.Shared.Time;

/// <summary>
/// Work the app does by itself, for all municipalities and outside any request (reminders): run every
/// <see cref="ScheduledWorker.Every"/> of the app's clock. A job claims each item with a conditional
/// UPDATE before acting on it, so two runs (or two servers) never do it twice.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Does what is due now; returns how many items it handled (for the log).</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}

public static class ScheduledJobs
{
    public static IServiceCollection AddScheduledJob<T>(this IServiceCollection services) where T : class, IScheduledJob
    {
        services.AddScoped<T>().AddScoped<IScheduledJob>(provider => provider.GetRequiredService<T>());
        return services.AddHostedService<ScheduledWorker>(); // registered once however many jobs: it is a TryAddEnumerable
    }
}

/// <summary>Runs every scheduled job every ten minutes (of the app's clock, so tests can move it); one failing job does not stop the others.</summary>
internal sealed class ScheduledWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            using var scope = scopes.CreateScope();
            foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
            {
                try
                {
                    var done = await job.RunAsync(stoppingToken);
                    if (done > 0) logger.LogInformation("{Job} handled {Count} items", job.GetType().Name, done);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "{Job} failed; trying again at the next tick", job.GetType().Name);
                }
            }
        }
    }
}
