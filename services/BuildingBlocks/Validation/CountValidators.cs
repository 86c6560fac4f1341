using System.Collections;
using FluentValidation.Validators;
using FluentValidation;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Validation;

/// <summary>How many entries a list may have at most; the OpenAPI document shows it as <c>maxItems</c>.</summary>
public interface IMaximumCountValidator
{
    int Max { get; }
}

/// <summary>A list of at most <see cref="Max"/> entries; a missing list passes (pair it with NotNull where one is required).</summary>
public sealed class MaximumCountValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaximumCountValidator
    where TCollection : IEnumerable?
{
    public int Max { get; } = max;

    public override string Name => "MaximumCountValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null || Count(value) <= Max)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("Max", Max);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => ProblemLanguage.Text("最多 {Max} 项。", "At most {Max} entries.");

    private static int Count(IEnumerable values)
    {
        if (values is ICollection collection)
        {
            return collection.Count;
        }

        var count = 0;
        foreach (var _ in values)
        {
            count++;
        }

        return count;
    }
}

public static class CountValidatorExtensions
{
    /// <summary>At most <paramref name="max"/> entries.</summary>
    public static IRuleBuilderOptions<T, TCollection> MaximumCount<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable? =>
        rule.SetValidator(new MaximumCountValidator<T, TCollection>(max));
}

/// <summary>An address of at most <see cref="Max"/> characters as sent; the OpenAPI document shows it as <c>maxLength</c>.</summary>
public sealed class UriLengthValidator<T>(int max) : PropertyValidator<T, Uri?>, ILengthValidator
{
    public int Min => 0;

    public int Max { get; } = max;

    public override string Name => "UriLengthValidator";

    public override bool IsValid(ValidationContext<T> context, Uri? value)
    {
        if (value is null || value.OriginalString.Length <= Max)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("MaxLength", Max);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => ProblemLanguage.Text("地址最多 {MaxLength} 个字符。", "An address of at most {MaxLength} characters.");
}

public static class UriValidatorExtensions
{
    /// <summary>An address of at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, Uri?> MaximumLength<T>(this IRuleBuilder<T, Uri?> rule, int max) =>
        rule.SetValidator(new UriLengthValidator<T>(max));
}
