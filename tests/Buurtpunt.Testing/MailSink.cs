using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Buurtpunt.Testing;

/// <summary>
/// A real SMTP server for the tests: Debian's aiosmtpd, storing what it receives in a Maildir
/// that the tests read back. scripts/test.sh installs it (python3-aiosmtpd).
/// </summary>
public sealed class MailSink : IDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    public int Port { get; }

    public MailSink()
    {
        Port = FreePort();
        _maildir = Path.Combine(Directory.CreateTempSubdirectory("buurtpunt-mail-").FullName, "box");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        _process = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start the SMTP sink.");
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!Listening())
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The SMTP sink (python3 -m aiosmtpd) stopped: {_process.StandardError.ReadToEnd()} — install python3-aiosmtpd or run scripts/test.sh.");
            if (DateTime.UtcNow > until) throw new TimeoutException("The SMTP sink did not start.");
            Thread.Sleep(100);
        }
    }

    /// <summary>Waits for the newest mail to an address whose subject contains the given text.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, string subjectContains, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            var match = All().Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(to, StringComparison.OrdinalIgnoreCase))
                                         && m.Subject?.Contains(subjectContains, StringComparison.Ordinal) == true)
                .OrderByDescending(m => m.Date).FirstOrDefault();
            if (match is not null) return match;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail to {to} about '{subjectContains}' arrived.");
    }

    public IReadOnlyList<MimeMessage> All()
    {
        var folder = Path.Combine(_maildir, "new");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).ToList();
    }

    public static string LinkIn(MimeMessage message) =>
        (message.TextBody ?? "").Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries).First(w => w.StartsWith("http"));

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_maildir)!, recursive: true); } catch (IOException) { }
    }
}
