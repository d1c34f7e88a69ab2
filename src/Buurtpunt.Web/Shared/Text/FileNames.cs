using Buurtpunt.Core.Places;

namespace Buurtpunt.Web.Shared.Text;

public static class FileNames
{
    /// <summary>A download name from text people wrote: the slug rules (letters, digits, dashes), at most 60 characters.</summary>
    public static string Safe(string text)
    {
        var slug = Slug.From(text);
        return string.IsNullOrEmpty(slug) ? "lijst" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
