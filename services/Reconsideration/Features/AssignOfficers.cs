namespace RuleOfLaw.Reconsideration.Features;

/// <summary>The reconsideration officers handling the case (REC-4: at least two).</summary>
public sealed record AssignOfficersRequest(IReadOnlyList<string> Officers);

internal sealed class AssignOfficersValidator : AbstractValidator<AssignOfficersRequest>
{
    public AssignOfficersValidator()
    {
        RuleFor(x => x.Officers).NotNull().MaximumCount(20);
        RuleForEach(x => x.Officers).NotEmpty().MaximumLength(100);
    }
}
