namespace RuleOfLaw.Decisions.Features;

public sealed record RiskAssessmentRequest(
    string AssessorUnitId, IReadOnlyList<string> RiskPoints, IReadOnlyList<string> PreventionMeasures, string ContingencyPlan, RiskLevel Level, bool Controllable);

internal sealed class RiskAssessmentValidator : AbstractValidator<RiskAssessmentRequest>
{
    public RiskAssessmentValidator()
    {
        RuleFor(x => x.AssessorUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.RiskPoints).NotNull().MaximumCount(200);
        RuleForEach(x => x.RiskPoints).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.PreventionMeasures).NotNull().MaximumCount(200);
        RuleForEach(x => x.PreventionMeasures).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.ContingencyPlan).NotNull().MaximumLength(50_000);
        RuleFor(x => x.Level).IsInEnum();
    }
}

/// <summary>风险评估 (DEC-5): the risk report and whether the risk is controllable.</summary>
internal static class AssessRisk
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/risk-assessment", Examples.Risk, (d, request, t) => d.AssessRisk(new RiskAssessment
        {
            AssessorUnitId = request.AssessorUnitId.Trim(),
            RiskPoints = [.. request.RiskPoints.Select(p => p.Trim())],
            PreventionMeasures = [.. request.PreventionMeasures.Select(m => m.Trim())],
            ContingencyPlan = request.ContingencyPlan.Trim(),
            Level = request.Level,
            Controllable = request.Controllable,
            AssessedOn = t.Today,
        }, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AssessRisk")
        .WithSummary("Records the risk report: risk points, prevention measures, contingency plan, level and whether the risk is controllable (DEC-5).");
}
