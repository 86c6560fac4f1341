namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A review method used (REC-5): written review, on-site investigation, hearing the parties' views.</summary>
public sealed record RecordReviewRequest(ReviewMethod Method, DateOnly On, string? Note);

internal sealed class RecordReviewValidator : AbstractValidator<RecordReviewRequest>
{
    public RecordReviewValidator(TimeProvider time)
    {
        RuleFor(x => x.Method).IsInEnum();
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).MaximumLength(2000);
    }
}

internal static class RecordReview
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/reviews", (Guid id, RecordReviewRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.RecordReview(request.Method, request.On, request.Note?.Trim(), time), ct))
        .Validate<RecordReviewRequest>()
        .WithRequestExample(Examples.Review)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("RecordReview")
        .WithSummary("REC-5: records a review method used (a hearing is recorded by holding it).");
}
