using FluentValidation;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Validation;

/// <summary>A day that records something done is never later than today (China Standard Time): 400 otherwise.</summary>
public static class DateRules
{
    public static IRuleBuilderOptions<T, DateOnly> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider time) =>
        rule.NotEmpty().Must(day => day <= StatutoryTime.Today(time)).WithMessage(_ => ProblemLanguage.Text("记录已办事项的日期不能晚于今天。", "A day that records something done cannot be later than today."));
}
