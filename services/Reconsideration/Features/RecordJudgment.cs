namespace RuleOfLaw.Reconsideration.Features;

/// <summary>判决: the day, the outcome and a summary of the judgment.</summary>
public sealed record RecordJudgmentRequest(DateOnly JudgedOn, Judgment Judgment, string Summary);

internal sealed class RecordJudgmentValidator : AbstractValidator<RecordJudgmentRequest>
{
    public RecordJudgmentValidator(TimeProvider time)
    {
        RuleFor(x => x.JudgedOn).NotInTheFuture(time);
        RuleFor(x => x.Judgment).IsInEnum();
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(4000);
    }
}
