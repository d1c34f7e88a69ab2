namespace Buurtpunt.Web.Shared.Tenancy;

/// <summary>The municipality that the request's host name selects; set once per request.</summary>
public sealed class CurrentMunicipality
{
    public MunicipalityInfo? Info { get; private set; }

    public int? Id => Info?.Id;

    public int RequiredId => Info?.Id ?? throw new InvalidOperationException("No municipality was resolved for this request.");

    public void Set(MunicipalityInfo info)
    {
        if (Info is not null && Info.Id != info.Id)
            throw new InvalidOperationException("The municipality of a request cannot change.");
        Info = info;
    }
}

/// <param name="Hosts">The configured host names, first one preferred for links in e-mails.</param>
public sealed record MunicipalityInfo(int Id, string Name, int? LogoPhotoId, IReadOnlyList<string> Hosts);
