namespace Buurtpunt.Web.Shared.Ui;

public static class SecureCookies
{
    /// <summary>
    /// Cookies are sent only over HTTPS, except in Development (plain http://localhost).
    /// <c>Security:SecureCookies=false</c> exists for the browser tests, which serve plain HTTP on loopback.
    /// </summary>
    public static CookieSecurePolicy Policy(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:SecureCookies", !environment.IsDevelopment())
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
}
