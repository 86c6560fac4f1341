namespace RuleOfLaw.Decisions.Domain;

/// <summary>The kinds of clock a decision runs: the comment period's end (DEC-2) and the legal office's review period (DEC-6).</summary>
public static class DecisionClocks
{
    public const string RecordType = nameof(MajorDecision);

    /// <summary>DEC-2: the comment period closes by itself the day after it ends.</summary>
    public const string CommentClose = "comment-close";

    /// <summary>DEC-6: the legal office's working days for its review.</summary>
    public const string LegalityReview = "legality-review";
}
