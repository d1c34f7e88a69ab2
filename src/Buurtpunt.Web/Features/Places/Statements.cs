namespace Buurtpunt.Web.Features.Places;

public static class Statements
{
    public const int MaxLength = 20_000;
}
