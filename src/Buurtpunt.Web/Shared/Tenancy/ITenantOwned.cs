namespace Buurtpunt.Web.Shared.Tenancy;

/// <summary>
/// A row that belongs to one municipality. Every query on such a row is filtered by the
/// current municipality (see AppDbContext), so a foreign id simply is not found: 404.
/// </summary>
public interface ITenantOwned
{
    int MunicipalityId { get; set; }
}
