namespace RuleOfLaw.Enforcement.Features;

/// <summary>法制审核 by a qualified reviewer of the unit (not an investigator of the case).</summary>
public sealed record ReviewLegalityRequest(DateOnly ReviewedOn, Guid ReviewerId, string Opinion);

internal sealed class ReviewLegalityValidator : AbstractValidator<ReviewLegalityRequest>
{
    public ReviewLegalityValidator(TimeProvider time)
    {
        RuleFor(x => x.ReviewedOn).NotInTheFuture(time);
        RuleFor(x => x.ReviewerId).NotEmpty();
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(4000);
    }
}

internal static class ReviewLegality
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/legal-review", (Guid id, ReviewLegalityRequest request, EnforcementDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, async (c, time) => c.ReviewLegality(request.ReviewedOn, await CaseOfficers.LoadAsync(db, request.ReviewerId, ct), request.Opinion.Trim(), time), ct))
        .AsCaseStep(Examples.LegalReview, Roles.LegalOffice, Roles.EnforcementOfficer, Roles.UnitHead)
        .WithName("ReviewLegality")
        .WithSummary("法制审核 by a qualified reviewer who did not investigate; mandatory for major, complex or heard cases and where law requires (ENF-4).");
}
