namespace RuleOfLaw.Enforcement.Features;

public sealed record DisputeResponse(Guid Id, string UnitId, string OtherUnitId, string Matter, DateOnly RaisedOn, DisputeStatus Status, string? CompetentUnitId, string? Reasoning, DateOnly? ResolvedOn)
{
    public static DisputeResponse From(CompetenceDispute d) => new(d.Id, d.UnitId, d.OtherUnitId, d.Matter, d.RaisedOn, d.Status, d.CompetentUnitId, d.Reasoning, d.ResolvedOn);
}
