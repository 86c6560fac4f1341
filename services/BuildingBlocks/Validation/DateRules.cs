using FluentValidation;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Validation;

/// <summary>A day that records something done is never later than today (China Standard Time): 400 otherwise.</summary>
public static class DateRules
{
    public static IRuleBuilderOptions<T, DateOnly> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider time) =>
        rule.NotEmpty().Must(day => day <= StatutoryTime.Today(time)).WithMessage(_ => ProblemLanguage.Text("记录已办事项的日期不能晚于今天。", "A day that records something done cannot be later than today."));

    /// <summary>A period a list is narrowed to does not end before it starts: <c>to</c> is 400 otherwise.</summary>
    public static void EndsNotBeforeItStarts<T>(this AbstractValidator<T> validator)
        where T : IPeriodQuery =>
        validator.RuleFor(x => x.To)
            .Must((query, to) => to >= query.From)
            .When(x => x.From is not null && x.To is not null)
            .WithMessage(_ => ProblemLanguage.Text("期间的结束日期不能早于开始日期。", "A period cannot end before it starts."));
}

/// <summary>A query narrowed to <c>?from=&amp;to=</c>, both days included, either left open.</summary>
public interface IPeriodQuery
{
    DateOnly? From { get; }

    DateOnly? To { get; }
}
