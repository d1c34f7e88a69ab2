namespace Buurtpunt.Web;

/// <summary>Marker for Resources/SharedResource.*.resx: all UI text of the app.</summary>
public sealed class SharedResource;
