namespace RuleOfLaw.Reconsideration.Features;

internal static class HoldHearing
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/hearing/held", (Guid id, StepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.HoldHearing(request.On, request.Note?.Trim(), time), ct))
        .Validate<StepRequest>()
        .WithRequestExample(Examples.HearingHeld)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("HoldHearing")
        .WithSummary("REC-4, REC-5: the scheduled hearing was held, on or after its day; recorded as a review method.");
}
