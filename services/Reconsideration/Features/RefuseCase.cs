namespace RuleOfLaw.Reconsideration.Features;

/// <summary>不予受理: the reason, and the organ competent for the matter where there is one.</summary>
public sealed record RefuseCaseRequest(DateOnly RefusedOn, string Reason, string? CompetentOrgan);

internal sealed class RefuseCaseValidator : AbstractValidator<RefuseCaseRequest>
{
    public RefuseCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.RefusedOn).NotInTheFuture(time);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.CompetentOrgan).MaximumLength(200);
    }
}

internal static class RefuseCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/refusal", (Guid id, RefuseCaseRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Refuse(request.RefusedOn, request.Reason.Trim(), string.IsNullOrWhiteSpace(request.CompetentOrgan) ? null : request.CompetentOrgan.Trim(), time), ct))
        .Validate<RefuseCaseRequest>()
        .WithRequestExample(Examples.Refuse)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("RefuseCase")
        .WithSummary("不予受理 (REC-2) with the reason and the competent organ; reported to the supervising body (ReconsiderationRefused, REC-8).");
}
