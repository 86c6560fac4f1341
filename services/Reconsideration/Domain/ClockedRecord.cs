using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>A record that owns statutory clocks: the runner attaches them before a step; those the step started are saved with the record.</summary>
public interface IClockedRecord
{
    Guid Id { get; }

    /// <summary>The record's clocks as the runner attached them, with those this step started.</summary>
    IReadOnlyList<StatutoryClock> Clocks { get; }

    /// <summary>The runner hands the record its clocks before a step.</summary>
    void Attach(IEnumerable<StatutoryClock> clocks);
}

/// <summary>
/// A record of this service with a state machine and its own statutory clocks: it starts, pauses, resumes,
/// extends and stops them itself, so the clocks are decided in the domain; those it starts are saved with it.
/// </summary>
public abstract class ClockedRecord<TStatus> : AggregateRoot<TStatus>, IClockedRecord
    where TStatus : struct, Enum
{
    private readonly List<StatutoryClock> _clocks = [];

    public IReadOnlyList<StatutoryClock> Clocks => _clocks;

    public void Attach(IEnumerable<StatutoryClock> clocks)
    {
        _clocks.Clear();
        _clocks.AddRange(clocks);
    }

    /// <summary>The last started clock of <paramref name="kind"/>, if any.</summary>
    public StatutoryClock? ClockOf(string kind) =>
        _clocks.Where(c => c.Kind == kind).OrderByDescending(c => c.StartDate).FirstOrDefault();

    protected StatutoryClock StartClock(string kind, Rule rule, DateOnly from, int length, PeriodUnit unit, CommandTime time, bool reportsOverdue = true)
    {
        var clock = StatutoryClock.Start(GetType().Name, Id, UnitId, kind, rule.Id, from, length, unit, time.Calendar, time.Now, reportsOverdue);
        _clocks.Add(ClockChanges.Start(clock));
        return clock;
    }

    /// <summary>The guarded step was taken: the clocks of <paramref name="kind"/> (null: every running or paused clock) stop.</summary>
    protected void Stop(string? kind, DateTimeOffset now, string reason)
    {
        foreach (var clock in _clocks.Where(c => kind is null || c.Kind == kind))
        {
            clock.Stop(now, reason);
        }
    }

    /// <summary>A change that is not a transition: history records it in the same state.</summary>
    protected void Note(DateTimeOffset now, string reason) => RecordChange(Status.ToString(), Status.ToString(), now, reason);

    /// <summary>Every client-supplied date keeps the procedure's order: <paramref name="day"/> is not before <paramref name="earlier"/>.</summary>
    protected void RequireOnOrAfter(Rule rule, DateOnly day, DateOnly earlier, string whatChinese, string what) =>
        rule.Require(day >= earlier, $"{day:yyyy-MM-dd} 早于{whatChinese}（{earlier:yyyy-MM-dd}）。", $"{day:yyyy-MM-dd} is before {what} on {earlier:yyyy-MM-dd}.");
}
