using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>The clocks of a decision: the comment period's end and the legal office's review period.</summary>
public static class DecisionClocks
{
    public const string RecordType = nameof(MajorDecision);
    public const string CommentClose = "decision-comment-close";
    public const string LegalityReview = "decision-legality-review";

    public static void StartCommentTimer(this DecisionContext context, MajorDecision decision, DateOnly closesOn) =>
        context.Db.Clocks.Add(StatutoryClock.FireOn(RecordType, decision.Id, decision.UnitId, CommentClose, DecisionRules.Dec2.Id, closesOn.AddDays(1), context.Now));

    /// <summary>The comment period closes by itself the day after it ends.</summary>
    public static IServiceCollection AddDecisionClockHandlers(this IServiceCollection services) =>
        services.AddScoped(_ => ConsultationTimer.For<MajorDecision>(CommentClose));
}
