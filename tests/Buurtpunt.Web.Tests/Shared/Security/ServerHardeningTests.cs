using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Buurtpunt.Testing;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Buurtpunt.Web.Tests.Shared.Security;

/// <summary>On a real Kestrel port, as the internet sees it.</summary>
public class ServerHeaderTests(KestrelFactory app) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task Kestrel_does_not_say_what_it_is()
    {
        using var http = new HttpClient();
        foreach (var path in new[] { "/health", "/", "/css/site.css" })
        {
            var response = await http.GetAsync(app.Url() + path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Server"), $"{path}: Server: {string.Join(", ", response.Headers.Server)}");
        }
    }
}

/// <summary>With <c>DataProtection:CertificatePath</c>, the keys that sign every cookie are encrypted on disk.</summary>
public sealed class CertificateKeysFactory : BuurtpuntFactory
{
    private const string Password = "sleutelwachtwoord";
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), $"buurtpunt-keys-{Guid.NewGuid():N}.pfx");

    public CertificateKeysFactory()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Buurtpunt data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pfx, Password));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DataProtection:CertificatePath", _certificate);
        builder.UseSetting("DataProtection:CertificatePassword", Password);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_certificate);
    }
}

public class KeyProtectionTests(CertificateKeysFactory factory) : IClassFixture<CertificateKeysFactory>
{
    [Fact]
    public async Task With_a_certificate_the_key_on_disk_is_encrypted_and_the_app_still_reads_its_cookies()
    {
        // Anti-forgery and sign-in cookies made and read back.
        var resident = await factory.SignedInAsync(Web.Features.Demo.DemoSeeder.ResidentEmail);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/profiel", TestContext.Current.CancellationToken)).StatusCode);

        var keys = Directory.GetFiles(Path.Combine(factory.DataPath, "keys"), "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key, TestContext.Current.CancellationToken);
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("masterKey", xml);
        }
        // Read from disk again, as after a restart: each key decrypts with the certificate.
        foreach (var key in factory.Services.GetRequiredService<IKeyManager>().GetAllKeys())
            Assert.NotNull(key.Descriptor);
    }
}
