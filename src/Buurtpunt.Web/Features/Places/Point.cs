using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Places;

/// <summary>The roll-out phase: seed 000 starts with pilot villages before all the others.</summary>
public enum PointPhase { Planned, Pilot, Active }

/// <summary>The parts of the platform a point switches on; every point is different.</summary>
[Flags]
public enum PointModules
{
    None = 0,
    Questions = 1,
    News = 2,
    Activities = 4,
    NeighbourHelp = 8,
    Reports = 16,
    Initiatives = 32,
    CaringNeighbourhood = 64,
    Desk = 128,
    LearningNetwork = 256,
}

/// <summary>A neighbourhood point: the physical place of an area and its digital twin.</summary>
public class Point : ITenantOwned
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 4000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }
    public required string Street { get; set; }
    public required string PostalCode { get; set; }
    public required string City { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public PointPhase Phase { get; private set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public PointModules Modules { get; set; }
    public List<Service> Services { get; set; } = [];
    public List<WeeklyOpeningSlot> WeeklyOpenings { get; set; } = [];
    public List<OpeningExceptionDay> OpeningExceptions { get; set; } = [];
    public List<Presence> Presences { get; set; } = [];
    public List<Photo> Photos { get; set; } = [];

    /// <summary>
    /// Roll-out goes forward (planned → pilot → active); going back is allowed only one step,
    /// e.g. when a pilot is paused, so a point never silently jumps from active to planned.
    /// </summary>
    public bool CanMoveTo(PointPhase phase) => (int)phase >= (int)Phase - 1;

    public void MoveTo(PointPhase phase)
    {
        if (!CanMoveTo(phase))
            throw new InvalidOperationException($"A point cannot move from {Phase} to {phase}.");
        Phase = phase;
    }
}
