namespace RuleOfLaw.Enforcement.Features;

/// <summary>Registers an enforcing unit (执法主体) in the public registry (ENF-1).</summary>
public sealed record RegisterEnforcingUnitRequest(string UnitId, string Name);

internal sealed class RegisterEnforcingUnitValidator : AbstractValidator<RegisterEnforcingUnitRequest>
{
    public RegisterEnforcingUnitValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
    }
}

internal static class RegisterEnforcingUnit
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/units", async (RegisterEnforcingUnitRequest request, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            EnforcementRules.Enf1.Require(!await db.Units.AnyAsync(u => u.UnitId == request.UnitId, ct), $"{request.UnitId} 已经登记。", $"{request.UnitId} is registered already.");
            var unit = EnforcingUnit.Register(request.UnitId.Trim(), request.Name.Trim(), time.GetUtcNow());
            return await db.CreatedAsync(unit, $"units/{unit.UnitId}", EnforcingUnitResponse.From, ct);
        })
        .AsCreation(Examples.RegisterUnit)
        .ForRoles(CaseRoles.Registrars)
        .WithName("RegisterEnforcingUnit")
        .WithSummary("Registers an enforcing unit (执法主体) in the public registry (ENF-1).");
}
