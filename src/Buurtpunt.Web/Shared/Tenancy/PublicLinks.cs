namespace Buurtpunt.Web.Shared.Tenancy;

/// <summary>
/// Absolute links for e-mails and feeds. The host comes from the municipality's own configuration,
/// never blindly from the request: a forged Host header must not put a sign-in or reset
/// token into a link to someone else's site.
/// </summary>
public sealed class PublicLinks(IHttpContextAccessor http, CurrentMunicipality municipality)
{
    public string Absolute(string pathAndQuery)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Links are made during a request.");
        return $"{request.Scheme}://{Host()}{pathAndQuery}";
    }

    /// <summary>
    /// A link made outside a request (a background job): the municipality's first host, with the
    /// scheme and port of <c>Links:Scheme</c> (https by default) and <c>Links:Port</c>.
    /// </summary>
    public static string Outside(IConfiguration configuration, string host, string pathAndQuery)
    {
        var scheme = configuration.GetValue("Links:Scheme", "https");
        var port = configuration.GetValue<int?>("Links:Port");
        return $"{scheme}://{host}{(port is { } p ? $":{p}" : "")}{pathAndQuery}";
    }

    /// <summary>The municipality's host (with port) for this request: the requested one if it is the municipality's, else its first.</summary>
    public string Host()
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Links are made during a request.");
        var hosts = municipality.Info?.Hosts ?? [];
        var requested = MunicipalityDirectory.NormaliseHost(request.Host.Host);
        return hosts.Contains(requested) || hosts.Count == 0 ? request.Host.ToString() : hosts[0];
    }
}
