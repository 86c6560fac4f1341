namespace RuleOfLaw.Decisions.Features;

/// <summary>A person named in an accountability record, with their role (DEC-11).</summary>
public sealed record ResponsiblePersonRequest(string Name, string Role);

internal sealed class ResponsiblePersonValidator : AbstractValidator<ResponsiblePersonRequest>
{
    public ResponsiblePersonValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Role).NotEmpty().MaximumLength(100);
    }
}
