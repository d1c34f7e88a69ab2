namespace Buurtpunt.Web.Shared.Printing;

public static class PrintingModule
{
    public static IServiceCollection AddPrinting(this IServiceCollection services) =>
        services.AddSingleton<ChromiumPdf>().AddScoped<PrintView>();
}
