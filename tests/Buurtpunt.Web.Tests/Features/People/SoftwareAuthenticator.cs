using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Buurtpunt.Web.Tests.Features.People;

/// <summary>
/// What a browser and a platform authenticator hand to the server, made in the test: one P-256 key
/// pair and "none" attestation, as WebAuthn Level 3 describes. It answers the options the app sends,
/// so the app's real checks (challenge, origin, relying party, signature) run on every test.
/// Each method can be told to lie (another origin, another relying party) for the negative tests.
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private uint _signCount;

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(32);
    public string CredentialIdText => Base64Url.EncodeToString(CredentialId);

    /// <summary>The relying party the key was made for: only that one gets answers, as in a browser.</summary>
    public string? RpId { get; private set; }
    private byte[] _userHandle = [];

    /// <summary>navigator.credentials.create(): the JSON the app expects in the hidden field.</summary>
    public string Create(string creationOptionsJson, string origin, string? claimedRpId = null)
    {
        var options = JsonNode.Parse(creationOptionsJson)!;
        RpId = claimedRpId ?? options["rp"]!["id"]!.GetValue<string>();
        _userHandle = Base64Url.DecodeFromChars(options["user"]!["id"]!.GetValue<string>());
        var clientData = ClientData("webauthn.create", options["challenge"]!.GetValue<string>(), origin);
        var parameters = _key.ExportParameters(false);
        var coseKey = Cbor.Map(
            (Cbor.Int(1), Cbor.Int(2)),    // kty: EC2
            (Cbor.Int(3), Cbor.Int(-7)),   // alg: ES256
            (Cbor.Int(-1), Cbor.Int(1)),   // crv: P-256
            (Cbor.Int(-2), Cbor.Bytes(parameters.Q.X!)),
            (Cbor.Int(-3), Cbor.Bytes(parameters.Q.Y!)));
        byte[] attested = [.. new byte[16], (byte)(CredentialId.Length >> 8), (byte)CredentialId.Length, .. CredentialId, .. coseKey];
        var authenticatorData = AuthenticatorData(RpId, flags: 0x01 | 0x04 | 0x40, attested); // user present, verified, attested data
        var attestationObject = Cbor.Map(
            (Cbor.Text("fmt"), Cbor.Text("none")),
            (Cbor.Text("attStmt"), Cbor.Map()),
            (Cbor.Text("authData"), Cbor.Bytes(authenticatorData)));
        return JsonSerializer.Serialize(new
        {
            id = CredentialIdText,
            rawId = CredentialIdText,
            type = "public-key",
            authenticatorAttachment = "platform",
            response = new
            {
                clientDataJSON = Base64Url.EncodeToString(clientData),
                attestationObject = Base64Url.EncodeToString(attestationObject),
                transports = new[] { "internal" },
            },
            clientExtensionResults = new { },
        });
    }

    /// <summary>navigator.credentials.get(): a signed assertion for the options' challenge.</summary>
    public string Get(string requestOptionsJson, string origin, string? claimedRpId = null)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        var clientData = ClientData("webauthn.get", options["challenge"]!.GetValue<string>(), origin);
        var authenticatorData = AuthenticatorData(claimedRpId ?? RpId!, flags: 0x01 | 0x04, []);
        byte[] signed = [.. authenticatorData, .. SHA256.HashData(clientData)];
        var signature = _key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return JsonSerializer.Serialize(new
        {
            id = CredentialIdText,
            rawId = CredentialIdText,
            type = "public-key",
            authenticatorAttachment = "platform",
            response = new
            {
                clientDataJSON = Base64Url.EncodeToString(clientData),
                authenticatorData = Base64Url.EncodeToString(authenticatorData),
                signature = Base64Url.EncodeToString(signature),
                userHandle = Base64Url.EncodeToString(_userHandle),
            },
            clientExtensionResults = new { },
        });
    }

    private static byte[] ClientData(string type, string challenge, string origin) =>
        JsonSerializer.SerializeToUtf8Bytes(new { type, challenge, origin, crossOrigin = false });

    private byte[] AuthenticatorData(string rpId, byte flags, byte[] attested)
    {
        var count = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(count, ++_signCount);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, .. count, .. attested];
    }

    public void Dispose() => _key.Dispose();

    /// <summary>The little CBOR (RFC 8949) that attestation needs, in CTAP2's canonical key order as given.</summary>
    private static class Cbor
    {
        public static byte[] Int(long value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));
        public static byte[] Bytes(byte[] value) => [.. Head(2, (ulong)value.Length), .. value];
        public static byte[] Text(string value) => [.. Head(3, (ulong)Encoding.UTF8.GetByteCount(value)), .. Encoding.UTF8.GetBytes(value)];
        public static byte[] Map(params (byte[] Key, byte[] Value)[] entries) =>
            [.. Head(5, (ulong)entries.Length), .. entries.SelectMany(e => e.Key.Concat(e.Value))];

        private static byte[] Head(byte major, ulong value) => value switch
        {
            < 24 => [(byte)(major << 5 | (byte)value)],
            < 256 => [(byte)(major << 5 | 24), (byte)value],
            < 65536 => [(byte)(major << 5 | 25), (byte)(value >> 8), (byte)value],
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
    }
}
