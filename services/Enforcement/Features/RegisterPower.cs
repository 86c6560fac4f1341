using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>The legal basis of a power's version: a law's text, or a normative document by its number (and clause), or both.</summary>
public sealed record PowerBasisRequest(string Name, DateOnly EffectiveFrom, string? LawBasis, string? DocumentNumber, string? DocumentClause, string Reason);

/// <summary>Adds a power to an enforcing unit's list (ENF-1).</summary>
public sealed record RegisterPowerRequest(string UnitId, string Code, PowerKind Kind, PowerBasisRequest Basis);

internal sealed class PowerBasisValidator : AbstractValidator<PowerBasisRequest>
{
    public PowerBasisValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.EffectiveFrom).NotEmpty();
        RuleFor(x => x.LawBasis).MaximumLength(500);
        RuleFor(x => x.LawBasis).NotEmpty().When(x => x.DocumentNumber is null).WithMessage(_ => ProblemLanguage.Text("须填写法律依据或规范性文件文号。", "A law or a normative document's number is required."));
        RuleFor(x => x.DocumentNumber).MaximumLength(60);
        RuleFor(x => x.DocumentClause).MaximumLength(40);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class RegisterPowerValidator : AbstractValidator<RegisterPowerRequest>
{
    public RegisterPowerValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Basis).NotNull().SetValidator(new PowerBasisValidator());
    }
}

internal static class RegisterPower
{
    public static PowerVersion ToVersion(this PowerBasisRequest basis) => new()
    {
        Name = basis.Name.Trim(),
        EffectiveFrom = basis.EffectiveFrom,
        LawBasis = basis.LawBasis?.Trim(),
        DocumentNumber = string.IsNullOrWhiteSpace(basis.DocumentNumber) ? null : basis.DocumentNumber.Trim(),
        DocumentClause = string.IsNullOrWhiteSpace(basis.DocumentClause) ? null : basis.DocumentClause.Trim(),
        Reason = basis.Reason.Trim(),
    };

    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/powers", async (RegisterPowerRequest request, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var unit = await RegistryLookups.UnitAsync(db, request.UnitId, ct);
            EnforcementRules.Enf1.Require(
                !await db.Powers.AnyAsync(p => p.UnitId == request.UnitId && p.Code == request.Code, ct),
                $"{request.UnitId} 的权责清单中已有职权 {request.Code}；请改为新增版本。", $"{request.UnitId} lists power {request.Code} already; add a version instead.");
            var version = request.Basis.ToVersion();
            var cited = version.DocumentNumber is null ? null : await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Number == version.DocumentNumber, ct);
            var power = Power.Register(unit, request.Code.Trim(), request.Kind, version, cited, time.GetUtcNow());
            return await db.CreatedAsync(power, $"powers/{power.Id}", p => PowerResponse.From(p, StatutoryTime.Today(time)), ct);
        })
        .AsCreation(Examples.RegisterPower, StatusCodes.Status404NotFound)
        .ForRoles(CaseRoles.Registrars)
        .WithName("RegisterPower")
        .WithSummary("Adds a power with its legal basis to a unit's public list (ENF-1); a basis citing a document known to be out of force is flagged at once.");
}
