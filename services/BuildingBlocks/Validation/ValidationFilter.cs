using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Validation;

/// <summary>Validates the request body with its FluentValidation validator; 400 with field errors when it fails.</summary>
internal sealed class ValidationFilter<TRequest> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // An endpoint that asks for validation without a validator is a defect, not a request to let through.
        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
        if (context.Arguments.OfType<TRequest>().FirstOrDefault() is not { } request)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [ProblemLanguage.Text("缺少请求体。", "A request body is required.")] });
        }

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(result.ToDictionary());
    }
}

public static class ValidationExtensions
{
    /// <summary>Validates <typeparamref name="TRequest"/> before the handler runs.</summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();
}
