using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>
/// A record a unit owns. Its methods check the rules and collect what happened: integration events
/// (saved to the outbox), state changes (appended to the history) and what it did to its statutory
/// clocks, all in the same <c>SaveChanges</c> as the state itself.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IntegrationEvent> _events = [];
    private readonly List<StateChange> _changes = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>The unit that owns the record.</summary>
    public string UnitId { get; protected init; } = "";

    /// <summary>PostgreSQL's row version (xmin): the ETag of the record.</summary>
    public uint Version { get; private set; }

    /// <summary>What the record's steps did to its statutory clocks; saved with the record, in its transaction.</summary>
    public ClockChanges ClockChanges { get; } = new();

    internal IReadOnlyList<IntegrationEvent> PendingEvents => _events;

    internal IReadOnlyList<StateChange> PendingChanges => _changes;

    protected void Raise(IntegrationEvent integrationEvent) => _events.Add(integrationEvent);

    protected void RecordChange(string? from, string to, DateTimeOffset at, string? reason = null) =>
        _changes.Add(new StateChange(from, to, at, reason));

    internal void ClearPending()
    {
        _events.Clear();
        _changes.Clear();
    }
}

/// <summary>An aggregate with a state machine: every transition goes to the history.</summary>
public abstract class AggregateRoot<TStatus> : AggregateRoot
    where TStatus : struct, Enum
{
    public TStatus Status { get; private set; }

    /// <summary>Enters the first state; the history records it with no "from".</summary>
    protected void Begin(TStatus initial, DateTimeOffset at, string? reason = null)
    {
        Status = initial;
        RecordChange(null, initial.ToString(), at, reason);
    }

    protected void TransitionTo(TStatus next, DateTimeOffset at, string? reason = null)
    {
        var from = Status;
        Status = next;
        RecordChange(from.ToString(), next.ToString(), at, reason);
    }
}

/// <summary>One state change, before it is written to the history.</summary>
public sealed record StateChange(string? From, string To, DateTimeOffset At, string? Reason);
