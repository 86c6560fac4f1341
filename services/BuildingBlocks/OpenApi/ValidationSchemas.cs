using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.BuildingBlocks.OpenApi;

/// <summary>
/// Shows in the OpenAPI document the limits the FluentValidation validators enforce: <c>maxLength</c>,
/// <c>minLength</c>, <c>pattern</c>, <c>minimum</c>/<c>maximum</c> and <c>maxItems</c>, on the properties of a
/// validated request body and on the query parameters of a validated <c>[AsParameters]</c> type. Rules
/// with a condition (<c>When</c>) are left out: they do not hold for every request. Strings whose format
/// the JSON reader parses show the longest text it reads for that format, and integers the range of their type.
/// </summary>
internal static class ValidationSchemas
{
    /// <summary>The longest text System.Text.Json reads as a value of each format (longer answers 400).</summary>
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,       // "D" format, the one the JSON reader accepts
        ["date"] = 10,       // yyyy-MM-dd
        ["date-time"] = 42,  // the reader's maximum for an ISO 8601 date and time with offset
    };

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ApplyFormatBounds(schema);
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }

        var rules = RulesOf(context.ApplicationServices, context.JsonTypeInfo.Type);
        if (rules.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (properties.TryGetValue(property.Name, out var propertySchema) && propertySchema is OpenApiSchema target
                && property.AttributeProvider is MemberInfo member)
            {
                Apply(rules, member.Name, target);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Query and route parameters: the limits of the validator of the <c>[AsParameters]</c> type they belong to.</summary>
    public static Task ApplyToParametersAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var containers = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>()
            .SelectMany(m => m.GetParameters())
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .Select(p => p.ParameterType)
            .Distinct()
            .ToList();
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            foreach (var container in containers)
            {
                if (container.GetProperty(parameter.Name ?? "", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
                {
                    Apply(RulesOf(context.ApplicationServices, container), property.Name, schema);
                }
            }

            ApplyFormatBounds(schema);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// What the format itself bounds, where no rule says more: the longest text the JSON reader and the route
    /// binder read for a uuid or a date, and the range of a 32- or 64-bit integer, beyond which a value is refused (400).
    /// </summary>
    private static void ApplyFormatBounds(OpenApiSchema schema)
    {
        if (schema.Type is not { } type || schema.Format is not { } format)
        {
            return;
        }

        if (type.HasFlag(JsonSchemaType.String) && schema.MaxLength is null && FormatLengths.TryGetValue(format, out var length))
        {
            schema.MaxLength = length;
        }

        if (type.HasFlag(JsonSchemaType.Integer) && format is "int32" or "int64")
        {
            var (min, max) = format == "int32"
                ? (int.MinValue.ToString(CultureInfo.InvariantCulture), int.MaxValue.ToString(CultureInfo.InvariantCulture))
                : (long.MinValue.ToString(CultureInfo.InvariantCulture), long.MaxValue.ToString(CultureInfo.InvariantCulture));
            if (schema.Minimum is null && schema.ExclusiveMinimum is null)
            {
                schema.Minimum = min;
            }

            if (schema.Maximum is null && schema.ExclusiveMaximum is null)
            {
                schema.Maximum = max;
            }
        }
    }

    private static List<IValidationRule> RulesOf(IServiceProvider services, Type type)
    {
        var rules = new List<IValidationRule>();
        if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is IEnumerable<IValidationRule> validator)
        {
            Collect(services, validator, rules);
        }

        return rules;
    }

    private static void Collect(IServiceProvider services, IEnumerable<IValidationRule> validator, List<IValidationRule> rules)
    {
        foreach (var rule in validator)
        {
            if (rule is IIncludeRule)
            {
                foreach (var adaptor in rule.Components.Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                {
                    if (ActivatorUtilities.CreateInstance(services, adaptor.ValidatorType) is IEnumerable<IValidationRule> included)
                    {
                        Collect(services, included, rules);
                    }
                }
            }
            else
            {
                rules.Add(rule);
            }
        }
    }

    private static void Apply(List<IValidationRule> rules, string member, OpenApiSchema schema)
    {
        foreach (var rule in rules.Where(r => string.Equals(r.PropertyName, member, StringComparison.OrdinalIgnoreCase)))
        {
            var each = IsCollectionRule(rule);
            var target = each ? schema.Items as OpenApiSchema : schema;
            if (target is null)
            {
                continue;
            }

            foreach (var component in rule.Components.Where(c => !c.HasCondition && !c.HasAsyncCondition))
            {
                Apply(component.Validator, target);
            }
        }
    }

    private static void Apply(IPropertyValidator validator, OpenApiSchema schema)
    {
        switch (validator)
        {
            case ILengthValidator length:
                if (length.Max > 0)
                {
                    schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                }

                if (length.Min > 0)
                {
                    schema.MinLength = Math.Max(schema.MinLength ?? 0, length.Min);
                }

                break;
            case INotEmptyValidator when schema.Type?.HasFlag(JsonSchemaType.String) == true:
                schema.MinLength ??= 1;
                break;
            case IRegularExpressionValidator regex when schema.Pattern is null:
                schema.Pattern = regex.Expression;
                break;
            case IMaximumCountValidator count:
                schema.MaxItems = Math.Min(schema.MaxItems ?? int.MaxValue, count.Max);
                break;
            case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                var exclusive = validator.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                if (exclusive)
                {
                    schema.ExclusiveMinimum = from;
                    schema.ExclusiveMaximum = to;
                }
                else
                {
                    schema.Minimum = from;
                    schema.Maximum = to;
                }

                break;
            case IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThanOrEqual:
                        schema.Minimum = value;
                        break;
                    case Comparison.GreaterThan:
                        schema.ExclusiveMinimum = value;
                        break;
                    case Comparison.LessThanOrEqual:
                        schema.Maximum = value;
                        break;
                    case Comparison.LessThan:
                        schema.ExclusiveMaximum = value;
                        break;
                }

                break;
        }
    }

    private static string? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
