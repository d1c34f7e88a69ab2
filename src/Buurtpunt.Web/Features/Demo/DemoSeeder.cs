using Buurtpunt.Web.Data;
using Buurtpunt.Web.Shared.Modules;
using Buurtpunt.Web.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Buurtpunt.Web.Features.Demo;

/// <summary>
/// A living demo for an empty database: the fictional city of Haspenhove with three villages
/// and its centre, and the smaller Beekdonk on tweede.localhost. Every person, address,
/// e-mail and phone number here is invented. <c>Demo:Scale=N</c> repeats the areas N times.
/// Each feature writes its own rows in its <see cref="IDemoSeed"/>; this runs them in order.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, IEnumerable<IDemoSeed> seeds, MunicipalClock clock, ILogger<DemoSeeder> logger)
{
    public const string Password = "Buurtpunt-demo-2026";
    public const string AdminEmail = "beheer@haspenhove.example";
    public const string WorkerEmail = "buurtwerker@haspenhove.example";
    public const string ResidentEmail = "bewoner@haspenhove.example";
    public const string SecondAdminEmail = "beheer@beekdonk.example";
    /// <summary>The lead (trekker) of the first village, Runkelen.</summary>
    public const string LeadEmail = "trekker@haspenhove.example";
    /// <summary>The chair of the demo call's assessment committee (an external reviewer).</summary>
    public const string JurorEmail = "jury@haspenhove.example";
    /// <summary>A resident without e-mail whose account the community worker keeps.</summary>
    public const string AssistedName = "Maria Claes";
    /// <summary>The open call for citizen initiatives in Haspenhove.</summary>
    public const string DemoCallTitle = "Kom op voor je wijk 2027";
    /// <summary>
    /// The demo staff's authenticator key (base32), given in the README so a first look needs no
    /// phone set-up. It exists only in the demo data; real staff set up their own authenticator.
    /// </summary>
    public const string StaffAuthenticatorKey = "BUURTPUNTDEMOKEYVOORPERSONEELXYZ";

    /// <summary>Runs every feature's seed, lowest order first, when the database has no municipality yet.</summary>
    public async Task SeedIfEmptyAsync(int scale, CancellationToken cancellationToken = default)
    {
        if (await db.Municipalities.IgnoreQueryFilters().AnyAsync(cancellationToken)) return;
        var scene = new DemoScene(clock.Today.ToDateOnly(), Math.Clamp(scale, 1, 1000));
        foreach (var seed in seeds.OrderBy(s => s.Order))
        {
            await seed.SeedAsync(scene, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Seeded the demo at scale {Scale}", scene.Scale);
    }
}
