using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Buurtpunt.Web.Features.People;

/// <summary>
/// Length and a list of common passwords, and no composition rules (NIST 800-63B): a long
/// sentence is safer and easier to remember than "P@ssw0rd!".
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var normalised = (password ?? "").Trim().ToLowerInvariant();
        var bad = Common.Value.Contains(normalised)
                  || string.Equals(normalised, user.Email, StringComparison.OrdinalIgnoreCase)
                  || string.Equals(normalised, user.DisplayName, StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(bad ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Code }) : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Buurtpunt.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(line);
        return set;
    }
}
