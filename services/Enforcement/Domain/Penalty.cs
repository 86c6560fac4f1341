namespace RuleOfLaw.Enforcement.Domain;

/// <summary>A penalty proposed in the notice or decided: its kind and amount in yuan (0 for a warning).</summary>
public sealed record Penalty(PenaltyKind Kind, decimal Amount)
{
    /// <summary>ENF-4: a heavier kind, or the same kind with a larger amount.</summary>
    public bool IsHeavierThan(Penalty other) => Kind > other.Kind || (Kind == other.Kind && Amount > other.Amount);

    public override string ToString() => Amount > 0 ? $"{Kind} ¥{Amount:0.##}" : Kind.ToString();
}
