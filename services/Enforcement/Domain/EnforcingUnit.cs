using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>执法主体 — a unit registered to enforce, publicly listed with its powers (ENF-1).</summary>
public sealed class EnforcingUnit : AggregateRoot
{
    private EnforcingUnit()
    {
    }

    public string Name { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private init; }

    public static EnforcingUnit Register(string unitId, string name, DateTimeOffset now)
    {
        var unit = new EnforcingUnit { UnitId = unitId, Name = name, RegisteredAt = now };
        unit.RecordChange(null, "Registered", now, $"enforcing unit {name}");
        unit.Raise(new EnforcingUnitRegistered { OccurredAt = now, UnitId = unitId, RecordId = unit.Id, Name = name });
        return unit;
    }
}
