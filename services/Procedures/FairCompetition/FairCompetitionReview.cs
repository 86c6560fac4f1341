using FluentValidation;

namespace RuleOfLaw.Procedures.FairCompetition;

/// <summary>A record whose draft affecting market activity needs a 公平竞争审查 (DOC-2, DEC-7).</summary>
public interface IFairCompetitionReviewed
{
    void RecordFairCompetitionReview(string conclusion, DateTimeOffset now);
}

public sealed record FairCompetitionReviewRequest(string Conclusion);

internal sealed class FairCompetitionReviewValidator : AbstractValidator<FairCompetitionReviewRequest>
{
    public FairCompetitionReviewValidator() => RuleFor(x => x.Conclusion).NotEmpty().MaximumLength(20_000);
}
