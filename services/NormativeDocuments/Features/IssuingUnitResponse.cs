namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record IssuingUnitResponse(string UnitId, string Code, string Name, IReadOnlyList<string> Competences, bool Active)
{
    public static IssuingUnitResponse From(IssuingUnit u) => new(u.UnitId, u.Code, u.Name, u.Competences, u.Active);
}
