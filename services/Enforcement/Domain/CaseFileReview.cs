using System.Security.Cryptography;
using System.Text;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 案卷评查 — the legal office's yearly review of a sample of closed case files: sampled, scored and
/// the scores per unit published (ENF-9).
/// </summary>
public sealed class CaseFileReview : AggregateRoot<ReviewStatus>
{
    private CaseFileReview()
    {
    }

    public int Year { get; private init; }

    public List<ReviewedFile> Files { get; private set; } = [];

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>
    /// Draws up to <paramref name="perUnit"/> closed files of each unit; the order is a hash of the
    /// year and case id, so the sample is not chosen by hand and can be drawn again the same way.
    /// </summary>
    public static CaseFileReview Sample(string legalOfficeUnitId, int year, IEnumerable<EnforcementCase> cases, int perUnit, DateTimeOffset now)
    {
        var sample = cases.Where(c => !c.IsOpen && c.ClosedOn?.Year == year)
            .GroupBy(c => c.UnitId)
            .SelectMany(g => g.OrderBy(c => Draw(year, c.Id), StringComparer.Ordinal).Take(perUnit))
            .Select(c => new ReviewedFile { CaseId = c.Id, UnitId = c.UnitId })
            .ToList();
        EnforcementRules.Enf9.Require(sample.Count > 0, $"{year} 年度没有可供评查的已结案卷。", $"No case file closed in {year} to review.");
        var review = new CaseFileReview { UnitId = legalOfficeUnitId, Year = year, Files = sample };
        review.Begin(ReviewStatus.Scoring, now, $"{sample.Count} files sampled from {sample.Select(f => f.UnitId).Distinct().Count()} units");
        return review;
    }

    public void Score(Guid caseId, int score, string findings, DateTimeOffset now)
    {
        EnforcementRules.Enf9.Require(Status == ReviewStatus.Scoring, "评查结果已经公布，不得重新评分。", "A published review is not scored again.");
        var file = Files.SingleOrDefault(f => f.CaseId == caseId) ?? throw new RecordNotFoundException($"案件 {caseId} 不在本次评查的抽查范围内。", $"Case {caseId} is not in this review's sample.");
        file.Score = score;
        file.Findings = findings;
        RecordChange(Status.ToString(), Status.ToString(), now, $"case {caseId}: {score}");
    }

    /// <summary>Published when every sampled file is scored; one event per unit with its average.</summary>
    public void Publish(DateOnly today, DateTimeOffset now)
    {
        EnforcementRules.Enf9.Require(Status == ReviewStatus.Scoring, "评查结果已经公布。", "The review is published already.");
        EnforcementRules.Enf9.Require(Files.All(f => f.Score is not null), "抽取的每一份案卷均应评分后，方可公布评查结果。", "Every sampled file is scored before the results are published.");
        PublishedOn = today;
        TransitionTo(ReviewStatus.Published, now, $"scores of {Year} published");
        foreach (var unit in UnitScores())
        {
            Raise(new CaseFileReviewPublished { OccurredAt = now, UnitId = UnitId, RecordId = Id, Year = Year, ReviewedUnitId = unit.UnitId, AverageScore = unit.AverageScore, Files = unit.Files });
        }
    }

    public IReadOnlyList<UnitReviewScore> UnitScores() =>
        [.. Files.Where(f => f.Score is not null).GroupBy(f => f.UnitId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitReviewScore(g.Key, g.Count(), Math.Round((decimal)g.Average(f => f.Score!.Value), 1)))];

    private static string Draw(int year, Guid caseId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{year}:{caseId:N}")));
}

/// <summary>A unit's published case-file review result (ENF-9).</summary>
public sealed record UnitReviewScore(string UnitId, int Files, decimal AverageScore);
