using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Buurtpunt.Web.Shared.Mail;

public sealed class MailOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>Auto: STARTTLS when the server offers it. None only for a local sink.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string FromAddress { get; set; } = "buurtpunt@localhost";
    public string FromName { get; set; } = "Buurtpunt";
    public int MaxAttempts { get; set; } = 5;
}

public sealed record OutgoingMail(string To, string ToName, string Subject, string Text);

/// <summary>
/// Queues mail so that a request never waits for the mail server; a background worker sends
/// through real SMTP (MailKit) and retries with growing pauses when the server is away.
/// </summary>
public sealed class Mailer
{
    private readonly Channel<OutgoingMail> _queue = Channel.CreateUnbounded<OutgoingMail>(new UnboundedChannelOptions { SingleReader = true });

    public void Send(OutgoingMail mail) => _queue.Writer.TryWrite(mail);

    internal ChannelReader<OutgoingMail> Reader => _queue.Reader;
}

internal sealed class MailWorker(Mailer mailer, IOptions<MailOptions> options, ILogger<MailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in mailer.Reader.ReadAllAsync(stoppingToken))
        {
            var settings = options.Value;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await SendAsync(mail, settings, stoppingToken);
                    logger.LogInformation("Mail sent on attempt {Attempt}", attempt); // no address: nothing personal in logs
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException && attempt < settings.MaxAttempts)
                {
                    logger.LogWarning("Mail not sent on attempt {Attempt} ({Error}); retrying", attempt, e.GetType().Name);
                    await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt)), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError("Mail dropped after {Attempts} attempts ({Error})", attempt, e.GetType().Name);
                    break;
                }
            }
        }
    }

    private static async Task SendAsync(OutgoingMail mail, MailOptions settings, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Text };
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

public static class MailModule
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        services.AddSingleton<Mailer>();
        services.AddScoped<PersonMail>();
        services.AddHostedService<MailWorker>();
        return services;
    }
}
