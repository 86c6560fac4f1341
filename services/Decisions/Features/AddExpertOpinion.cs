namespace RuleOfLaw.Decisions.Features;

public sealed record ExpertOpinionRequest(string Expert, string Field, bool? HasDirectInterest, string? InterestDeclaration, string Opinion, string? SignedBy);

internal sealed class ExpertOpinionValidator : AbstractValidator<ExpertOpinionRequest>
{
    public ExpertOpinionValidator()
    {
        RuleFor(x => x.Expert).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Field).NotEmpty().MaximumLength(100);
        RuleFor(x => x.InterestDeclaration).MaximumLength(2000);
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(50_000);
        RuleFor(x => x.SignedBy).MaximumLength(100);
    }
}

/// <summary>专家论证 (DEC-4): an expert's written, signed opinion.</summary>
internal static class AddExpertOpinion
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/expert-opinions", Examples.ExpertOpinion, (d, request, t) => d.AddExpertOpinion(
            request.Expert.Trim(), request.Field.Trim(), request.HasDirectInterest, request.InterestDeclaration, request.Opinion.Trim(), request.SignedBy, t.Today, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AddExpertOpinion")
        .WithSummary("Adds an expert's written, signed opinion; an expert who declares a direct interest, or no declaration, is refused (DEC-4).");
}
