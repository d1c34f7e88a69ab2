using System.Resources;

// The neutral resources (Resources/SharedResource.resx) are Dutch: the default language.
[assembly: NeutralResourcesLanguage("nl")]
