namespace RuleOfLaw.Decisions.Features;

/// <summary>
/// An evaluation by <c>Evaluator</c> of <c>EvaluatorUnitId</c> (a third party, not the caller). A
/// <c>Suspend</c> result is the head's decision: only <c>unit-head</c> records it, signed by their token.
/// </summary>
public sealed record EvaluationRequest(
    EvaluationTrigger Trigger,
    string EvaluatorUnitId,
    string Evaluator,
    string Findings,
    EvaluationResult Result,
    bool MajorAdjustment = false,
    bool MajorLoss = false,
    string? Reason = null);

internal sealed class EvaluationValidator : AbstractValidator<EvaluationRequest>
{
    public EvaluationValidator()
    {
        RuleFor(x => x.Trigger).IsInEnum();
        RuleFor(x => x.EvaluatorUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Evaluator).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Findings).NotEmpty().MaximumLength(50_000);
        RuleFor(x => x.Result).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(5000);
    }
}

/// <summary>决策后评估 (DEC-10): continue, adjust (a major adjustment starts a linked procedure), suspend or stop.</summary>
internal static class EvaluateDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/evaluations", (Guid id, EvaluationRequest request, DecisionCommands commands, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
            commands.RunAsync(id, async (d, t) =>
            {
                // Suspension is the head's decision (DEC-10): only the head records it, as themselves.
                if (request.Result == EvaluationResult.Suspend)
                {
                    CallerClaims.RequireRole(http.User, Roles.UnitHead, "只有单位主要负责人可以决定暂停执行决策（DEC-10）。", "Only the unit head suspends a decision (DEC-10).");
                }

                var evaluation = d.Evaluate(
                    request.Trigger, request.EvaluatorUnitId.Trim(), request.Evaluator.Trim(), request.Findings.Trim(), request.Result,
                    request.MajorAdjustment, request.MajorLoss, CallerClaims.ActorOf(http.User), request.Reason, t.Today, t.Now);
                if (evaluation.MajorAdjustment)
                {
                    var catalogue = await db.Catalogues.SingleAsync(x => x.Id == d.CatalogueId);
                    db.Decisions.Add(d.StartAdjustment(evaluation, catalogue, t.Now));
                }

                d.AnnounceEvaluation(evaluation, t.Now);
            }, ct))
        .Validate<EvaluationRequest>()
        .WithRequestExample(Examples.Evaluation)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("EvaluateDecision")
        .WithSummary("Records an evaluation by a unit that did not do the main pre-decision assessment: continue, adjust (a major adjustment starts a linked procedure), suspend (the unit head only) or stop (DEC-10).");
}
