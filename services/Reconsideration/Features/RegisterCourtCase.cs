using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>行政应诉登记: the court, its case number, the plaintiff, the act challenged, the unit sued and the day the complaint was served.</summary>
public sealed record RegisterCourtCaseRequest(string DefendantUnitId, string Court, string CourtCaseNumber, string Plaintiff, string ActChallenged, DateOnly ServedOn);

internal sealed class RegisterCourtCaseValidator : AbstractValidator<RegisterCourtCaseRequest>
{
    public RegisterCourtCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.DefendantUnitId).NotEmpty().MaximumLength(RecordMapping.UnitIdLength);
        RuleFor(x => x.Court).NotEmpty().MaximumLength(200);
        RuleFor(x => x.CourtCaseNumber).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Plaintiff).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ActChallenged).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.ServedOn).NotInTheFuture(time);
    }
}

internal static class RegisterCourtCase
{
    /// <summary>REC-10: a court's case is registered once; the court and its number name it.</summary>
    public static async Task RefuseRegisteredAsync(RegisterCourtCaseRequest request, ReconsiderationDbContext db, CancellationToken ct)
    {
        var court = request.Court.Trim();
        var number = request.CourtCaseNumber.Trim();
        ReconsiderationRules.Rec10.Require(
            !await db.CourtCases.AnyAsync(c => c.Court == court && c.CourtCaseNumber == number, ct), $"{court} {number} 已经登记。", $"{court} {number} is already registered.");
    }
}
