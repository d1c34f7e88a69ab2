namespace Buurtpunt.Web.Shared.Ui;

public static class TextExtensions
{
    /// <summary>What a person typed, trimmed; nothing (null) when they left the field blank.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
