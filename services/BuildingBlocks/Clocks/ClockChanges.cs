namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>
/// What a record's steps did to its statutory clocks since it was last saved, in the order they did it:
/// clocks started, clocks of a kind (or all) stopped, clocks of a kind moved to a later due day. Saving
/// the record applies them to its clocks in the same transaction, whoever saves it (a command, a
/// consumer, a demo), so a step only says what happens to its clocks.
/// </summary>
public sealed class ClockChanges
{
    private readonly List<Change> _changes = [];

    /// <summary>The clocks the steps started.</summary>
    public IReadOnlyList<StatutoryClock> ToStart => [.. _changes.OfType<Started>().Select(s => s.Clock)];

    /// <summary>The stops the steps made, each of one kind or (kind null) of every clock.</summary>
    public IReadOnlyList<ClockStop> ToStop => [.. _changes.OfType<Stopped>().Select(s => s.Stop)];

    /// <summary>The kinds of clock the steps stopped (null: every clock).</summary>
    public IReadOnlyList<string?> KindsToStop => [.. ToStop.Select(s => s.Kind)];

    /// <summary>The clocks the steps moved to a later due day.</summary>
    public IReadOnlyList<ClockExtension> ToExtend => [.. _changes.OfType<Extended>().Select(e => e.Extension)];

    /// <summary>True when a change needs the record's saved clocks (a stop or an extension).</summary>
    internal bool ChangesSavedClocks => _changes.Any(c => c is not Started);

    internal bool IsEmpty => _changes.Count == 0;

    /// <summary>Starts <paramref name="clock"/> with the record; returns it.</summary>
    public StatutoryClock Start(StatutoryClock clock)
    {
        _changes.Add(new Started(clock));
        return clock;
    }

    /// <summary>The record's running or paused clocks of <paramref name="kind"/> (null: all) stop at <paramref name="at"/>, for <paramref name="reason"/>.</summary>
    public void Stop(string? kind, string reason, DateTimeOffset at) => _changes.Add(new Stopped(new ClockStop(kind, reason), at));

    /// <summary>The step a clock of <paramref name="kind"/> guards was taken: those clocks stop.</summary>
    public void StepTaken(string kind, DateTimeOffset at) => Stop(kind, $"{kind}: step taken", at);

    /// <summary>The record's running or paused clocks of <paramref name="kind"/> due before <paramref name="dueOn"/> are moved to it, counted on <paramref name="calendar"/>.</summary>
    public void Extend(string kind, DateOnly dueOn, string reason, WorkingCalendar calendar, DateTimeOffset at) =>
        _changes.Add(new Extended(new ClockExtension(kind, dueOn, reason), calendar, at));

    /// <summary>Forgets the changes (they were saved, or a caller decided they do not apply).</summary>
    public void Clear() => _changes.Clear();

    /// <summary>
    /// Applies the changes, in order, to the record's <paramref name="open"/> clocks (running or paused, as saved) and to
    /// those started before each change; returns the clocks to add, and forgets the changes.
    /// </summary>
    internal IReadOnlyList<StatutoryClock> Apply(IEnumerable<StatutoryClock> open)
    {
        var clocks = open.ToList();
        var started = new List<StatutoryClock>();
        foreach (var change in _changes)
        {
            switch (change)
            {
                case Started s:
                    clocks.Add(s.Clock);
                    started.Add(s.Clock);
                    break;
                case Stopped s:
                    foreach (var clock in clocks.Where(c => s.Stop.Kind is null || c.Kind == s.Stop.Kind))
                    {
                        clock.Stop(s.At, s.Stop.Reason);
                    }

                    break;
                case Extended e:
                    foreach (var clock in clocks.Where(c => c.Kind == e.Extension.Kind && (c.Status is ClockStatus.Running or ClockStatus.Paused) && e.Extension.DueOn > c.DueDate))
                    {
                        clock.Extend(e.Extension.DueOn.DayNumber - clock.DueDate.DayNumber, e.Calendar, e.At, e.Extension.Reason);
                    }

                    break;
            }
        }

        _changes.Clear();
        return started;
    }

    private abstract record Change;

    private sealed record Started(StatutoryClock Clock) : Change;

    private sealed record Stopped(ClockStop Stop, DateTimeOffset At) : Change;

    private sealed record Extended(ClockExtension Extension, WorkingCalendar Calendar, DateTimeOffset At) : Change;
}
