using Buurtpunt.Web.Features.People;
using Buurtpunt.Web.Features.Places;

namespace Buurtpunt.Web.Features.Demo;

/// <summary>
/// What the demo seeds hand on while they run in order: the day, the scale, and what Places' and
/// People's seeds made. The entities stay tracked by the seeding context, so a later seed uses their
/// ids and navigations as they are, without querying them again.
/// </summary>
public sealed class DemoScene(DateOnly today, int scale)
{
    /// <summary>Haspenhove's areas that exist at every scale: Runkelen, Zepperen, Aalst and Centrum.</summary>
    public const int AreasPerCopy = 4;

    private readonly List<User> _people = [];

    /// <summary>The municipality's date when seeding started; the demo's dates are relative to it.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>How many times Haspenhove's four areas are repeated (<c>Demo:Scale</c>, 1 to 1000).</summary>
    public int Scale { get; } = scale;

    /// <summary>The city on localhost (set by Places' seed).</summary>
    public Municipality Haspenhove { get; set; } = null!;

    /// <summary>The second municipality, on tweede.localhost (set by Places' seed).</summary>
    public Municipality Beekdonk { get; set; } = null!;

    /// <summary>Haspenhove's areas in order, each with its one point: the first <see cref="AreasPerCopy"/>, then their copies (set by Places' seed).</summary>
    public IReadOnlyList<Area> Areas { get; set; } = [];

    /// <summary>The areas beyond the first four (<c>Demo:Scale</c> above 1), which get volume content.</summary>
    public IEnumerable<Area> Copies => Areas.Skip(AreasPerCopy);

    /// <summary>People's seed hands on each demo person it makes.</summary>
    public void AddPerson(User person) => _people.Add(person);

    /// <summary>A demo person by e-mail (<see cref="DemoSeeder"/>'s constants), or by name for the assisted resident, who has none.</summary>
    public User Person(string emailOrName) => _people.Single(p => p.Email == emailOrName || (p.Email is null && p.DisplayName == emailOrName));
}
