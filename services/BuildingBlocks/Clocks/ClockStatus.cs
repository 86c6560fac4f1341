namespace RuleOfLaw.BuildingBlocks.Clocks;

public enum ClockStatus
{
    /// <summary>Counting down.</summary>
    Running,

    /// <summary>中止 — suspended; the days while paused do not count.</summary>
    Paused,

    /// <summary>The guarded step was taken in time (or the record left the procedure).</summary>
    Stopped,

    /// <summary>The period ran out; the service recorded it and published it.</summary>
    Elapsed,
}
