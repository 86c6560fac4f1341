using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Appraisal;

/// <summary>依法行政考核 — the appraisal service: each unit's yearly appraisal, computed from what the other services publish.</summary>
public static class AppraisalService
{
    public static readonly ServiceNames Names = new(ResourceNames.Appraisal, "/api/appraisal", ResourceNames.AppraisalDb);
}
