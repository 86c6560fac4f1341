using FluentValidation;

namespace RuleOfLaw.Procedures.FairCompetition;

/// <summary>A record whose draft affecting market activity needs a 公平竞争审查 (DOC-2, DEC-7).</summary>
public interface IFairCompetitionReviewed
{
    void RecordFairCompetitionReview(string conclusion, DateTimeOffset now);
}

public sealed record FairCompetitionReviewRequest(string Conclusion)
{
    /// <summary>Records the review's conclusion, trimmed, on <paramref name="record"/>.</summary>
    public void RecordOn(IFairCompetitionReviewed record, DateTimeOffset now) => record.RecordFairCompetitionReview(Conclusion.Trim(), now);
}

internal sealed class FairCompetitionReviewValidator : AbstractValidator<FairCompetitionReviewRequest>
{
    public FairCompetitionReviewValidator() => RuleFor(x => x.Conclusion).NotEmpty().MaximumLength(20_000);
}
