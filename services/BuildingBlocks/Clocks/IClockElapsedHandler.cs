using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>
/// What a service does, besides recording and publishing, when one kind of its clocks elapses
/// (e.g. "deemed accepted"). Runs in the sweeper's transaction: its changes commit with the clock's.
/// </summary>
public interface IClockElapsedHandler
{
    /// <summary>The <see cref="StatutoryClock.Kind"/> this handler reacts to.</summary>
    string Kind { get; }

    Task OnElapsedAsync(StatutoryClock clock, ServiceDbContext db, CancellationToken cancellationToken);
}
