using FluentValidation;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Identity.Administration;

/// <summary>A unit of the district: its stable code (what other systems call it) and its name.</summary>
public sealed record UnitRequest(string Code, string Name);

public sealed record UnitResponse(Guid Id, string Code, string Name, DateTimeOffset CreatedAt)
{
    public static UnitResponse From(Unit unit) => new(unit.Id, unit.Code, unit.Name, unit.CreatedAt);
}

internal sealed class UnitRequestValidator : AbstractValidator<UnitRequest>
{
    public UnitRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(Limits.Code).Matches(Patterns.Code).WithMessage(_ => Patterns.CodeMessage);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Limits.Name);
    }
}
