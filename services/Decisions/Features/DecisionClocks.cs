using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>The clocks of a decision: the comment period's end and the legal office's review period.</summary>
public static class DecisionClocks
{
    public const string RecordType = nameof(MajorDecision);
    public const string CommentClose = "decision-comment-close";
    public const string LegalityReview = "decision-legality-review";

    /// <summary>The comment period closes by itself the day after it ends.</summary>
    public static IServiceCollection AddDecisionClockHandlers(this IServiceCollection services) =>
        services.AddScoped(_ => ConsultationTimer.For<MajorDecision>(CommentClose));
}
