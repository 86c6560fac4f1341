namespace RuleOfLaw.Enforcement.Features;

public sealed record ReviewedFileItem(Guid CaseId, string UnitId, int? Score, string? Findings);

public sealed record ReviewResponse(Guid Id, int Year, ReviewStatus Status, DateOnly? PublishedOn, IReadOnlyList<ReviewedFileItem> Files, IReadOnlyList<UnitReviewScore> Units)
{
    public static ReviewResponse From(CaseFileReview r) =>
        new(r.Id, r.Year, r.Status, r.PublishedOn, [.. r.Files.Select(f => new ReviewedFileItem(f.CaseId, f.UnitId, f.Score, f.Findings))], r.UnitScores());
}
